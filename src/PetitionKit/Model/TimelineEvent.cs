namespace PetitionKit.Model;

/// <summary>Something that happened to the application after filing. JSON and templates: an item of <c>timeline</c>.</summary>
public sealed record TimelineEvent
{
    /// <summary>Gets the day it happened. JSON and templates: <c>timeline[i].date</c>.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets what happened. JSON and templates: <c>timeline[i].kind</c>.</summary>
    public required TimelineEventKind Kind { get; init; }

    /// <summary>Gets a short description in the petitioner's words, for the facts section.
    /// JSON and templates: <c>timeline[i].description</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the result, pleaded after a semicolon as written, such as "no reply came". When it reports what the
    /// agency said, attribute it ("the embassy replied that administrative processing was ongoing") so the complaint does
    /// not plead the agency's words as the plaintiff's own allegation. JSON and templates: <c>timeline[i].outcome</c>.</summary>
    public string? Outcome { get; init; }

    /// <summary>Gets the label of the exhibit that proves it, such as "C". JSON and templates: <c>timeline[i].exhibit_label</c>.</summary>
    public string? ExhibitLabel { get; init; }
}
