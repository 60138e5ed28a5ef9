namespace PetitionKit.Tests.Architecture.CycleFixtures.Lower;

/// <summary>A fixture for <see cref="NamespaceGraphTests"/>: uses the upper namespace only inside a lambda's body, through
/// a fully qualified name, the way a cycle slips in unseen by a <c>using</c> scan.</summary>
internal static class ShapeCheck
{
    public static Func<string, bool> Rule() =>
        text => PetitionKit.Tests.Architecture.CycleFixtures.Upper.Catalog.Knows(text);
}
