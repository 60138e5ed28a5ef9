namespace PetitionKit.Model;

/// <summary>How much of an A-number a draft shows. Fed. R. Civ. P. 5.2(a) does not list A-numbers; drafts mask them by
/// default all the same, the conservative choice (docs/legal-rules.md#privacy-and-redaction).</summary>
public enum ANumberMasking
{
    /// <summary>Show only the last three digits, such as <c>AXXX-XXX-678</c>; the default.</summary>
    LastThree = 1,

    /// <summary>Show the last four digits, such as <c>AXXX-XX5-678</c>.</summary>
    LastFour,

    /// <summary>Show the whole number. Only where the attorney has chosen to, for example in a caption.</summary>
    Full,
}
