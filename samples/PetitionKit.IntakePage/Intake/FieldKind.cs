namespace PetitionKit.IntakePage.Intake;

/// <summary>How a field is entered and how its text becomes JSON.</summary>
public enum FieldKind
{
    /// <summary>A line of text, stored as a JSON string.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A date, stored as yyyy-mm-dd.</summary>
    Date,

    /// <summary>A number; text that is not a number is kept, so the validator says what is wrong with it.</summary>
    Number,

    /// <summary>A checkbox, stored as true or false.</summary>
    Check,

    /// <summary>One of a list, stored as the chosen value.</summary>
    Choice,

    /// <summary>Yes, no or not known, stored as true, false or left out.</summary>
    YesNo,

    /// <summary>Any of a list, stored as a JSON array of the chosen values.</summary>
    Many,
}
