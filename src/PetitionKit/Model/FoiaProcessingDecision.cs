namespace PetitionKit.Model;

/// <summary>What the agency did with a fee-waiver or expedited-processing request. JSON and templates: the member name in
/// snake_case.</summary>
public enum FoiaProcessingDecision
{
    /// <summary>The agency has not decided it; pleaded as its own count.</summary>
    Undecided = 0,

    /// <summary>The agency denied it; pleaded as its own count.</summary>
    Denied,

    /// <summary>The agency granted it; nothing to plead.</summary>
    Granted,
}
