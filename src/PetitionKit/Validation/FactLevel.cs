namespace PetitionKit.Validation;

/// <summary>How much a draft needs a fact (<see cref="CaseTypeFacts"/>).</summary>
public enum FactLevel
{
    /// <summary>The petition cannot be drafted without it: validation reports an error while it is missing.</summary>
    Required = 1,

    /// <summary>The draft is weaker or has a gap without it; validation may warn, and the checklist says what is missing.</summary>
    Recommended,
}
