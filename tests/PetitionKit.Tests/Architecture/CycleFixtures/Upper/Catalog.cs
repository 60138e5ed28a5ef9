namespace PetitionKit.Tests.Architecture.CycleFixtures.Upper;

/// <summary>A fixture for <see cref="NamespaceGraphTests"/>: the upper namespace, which uses the lower one in a signature.</summary>
internal static class Catalog
{
    public static bool Knows(string text) => text.Length > 0;

    public static Lower.Verdict Check(string text) => new(Knows(text));
}
