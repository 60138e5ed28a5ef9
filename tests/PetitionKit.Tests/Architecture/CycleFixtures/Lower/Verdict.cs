namespace PetitionKit.Tests.Architecture.CycleFixtures.Lower;

/// <summary>A fixture for <see cref="NamespaceGraphTests"/>: what the upper namespace returns.</summary>
/// <param name="Known">Whether the text is known.</param>
internal sealed record Verdict(bool Known);
