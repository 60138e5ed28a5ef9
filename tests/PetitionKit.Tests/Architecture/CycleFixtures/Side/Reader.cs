namespace PetitionKit.Tests.Architecture.CycleFixtures.Side;

/// <summary>A fixture for <see cref="NamespaceGraphTests"/>: uses the upper namespace, and nothing uses it back.</summary>
internal static class Reader
{
    public static bool Read(string text) => Upper.Catalog.Knows(text);
}
