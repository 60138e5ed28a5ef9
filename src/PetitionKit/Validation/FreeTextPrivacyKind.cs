namespace PetitionKit.Validation;

/// <summary>What Fed. R. Civ. P. 5.2(a) keeps out of a filing, as found in a petition's free text.</summary>
internal enum FreeTextPrivacyKind
{
    /// <summary>A full Social Security or taxpayer-identification number: a filing shows the last four digits.</summary>
    Ssn = 1,

    /// <summary>A full date of birth: a filing shows the year.</summary>
    DateOfBirth,

    /// <summary>A minor's name, in full or by the given name alone: a filing shows the initials.</summary>
    MinorName,

    /// <summary>An A-number in full: drafts mask it as the structured field is masked.</summary>
    ANumber,
}
