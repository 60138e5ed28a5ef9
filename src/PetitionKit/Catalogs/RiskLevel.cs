namespace PetitionKit.Catalogs;

/// <summary>How likely an issue is to defeat the claim, for the attorney's review checklist.</summary>
public enum RiskLevel
{
    /// <summary>A check to make rather than a known risk.</summary>
    Low = 1,

    /// <summary>Courts disagree or the law is not settled.</summary>
    Unsettled,

    /// <summary>Courts often rule against the claim on this point.</summary>
    Elevated,

    /// <summary>Controlling or repeated decisions go against the claim.</summary>
    High,
}
