namespace PetitionKit.Validation;

/// <summary>Whether a case waits on a numerically limited visa (a family preference, employment or investor category),
/// on none (an immediate relative of a U.S. citizen), or cannot be told from the petition.</summary>
internal enum VisaClassKind
{
    NotApplicable,
    Unknown,
    ImmediateRelative,
    Preference,
}
