namespace PetitionKit.Validation;

/// <summary>The kind of personal identifier Fed. R. Civ. P. 5.2(a) limits.</summary>
internal enum PrivacyFindingKind
{
    /// <summary>A full Social Security or taxpayer-identification number.</summary>
    Ssn = 1,

    /// <summary>A full date that is, or reads as, a date of birth.</summary>
    DateOfBirth,

    /// <summary>A long run of digits that may be a financial-account number.</summary>
    AccountNumber,
}
