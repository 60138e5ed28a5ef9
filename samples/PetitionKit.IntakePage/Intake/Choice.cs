namespace PetitionKit.IntakePage.Intake;

/// <summary>One of a field's choices.</summary>
/// <param name="Value">The value the petition JSON holds.</param>
/// <param name="Label">What the person sees.</param>
/// <param name="Group">The group it is listed under, if any (a district's state).</param>
public sealed record Choice(string Value, string Label, string? Group = null);
