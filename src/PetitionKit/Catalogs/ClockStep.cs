namespace PetitionKit.Catalogs;

/// <summary>The agency step a statutory clock gives time for, which decides what stops it.</summary>
public enum ClockStep
{
    /// <summary>A decision on the matter; the clock is not met while the matter is pending.</summary>
    Decision = 1,

    /// <summary>The interview; the clock is met when an interview recorded in the timeline falls within the period.</summary>
    Interview,
}
