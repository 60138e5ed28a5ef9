namespace PetitionKit.Model;

/// <summary>The kind of harm a delay causes. JSON and templates: the member name in snake_case.</summary>
public enum HarmKind
{
    /// <summary>Physical or mental health.</summary>
    Health = 1,

    /// <summary>Separation from family.</summary>
    FamilySeparation,

    /// <summary>Work: lost or refused employment, or no work permit.</summary>
    Work,

    /// <summary>Inability to travel.</summary>
    Travel,

    /// <summary>Personal safety.</summary>
    Safety,

    /// <summary>Money lost or spent.</summary>
    Financial,

    /// <summary>Anything else; the description says what.</summary>
    Other,
}
