using PetitionKit.Model;

namespace PetitionKit.Tests.Architecture;

/// <summary>The legal layer's namespaces depend on each other one way: the model at the bottom, then the catalogs, the
/// delay analysis, validation, the petition file reader and the template view (docs/legal-rules.md#how-the-code-is-layered).</summary>
public sealed class NamespaceGraphTests
{
    private const string Fixtures = "PetitionKit.Tests.Architecture.CycleFixtures.";

    /// <summary>The legal layer, bottom first; the engine's namespaces and the root facade are not part of it.</summary>
    public static readonly TheoryData<string> LegalNamespaces =
    [
        "PetitionKit.Model",
        "PetitionKit.Catalogs",
        "PetitionKit.Deadlines",
        "PetitionKit.Validation",
        "PetitionKit.Json",
        "PetitionKit.Petitions",
        "PetitionKit.Packets",
    ];

    private static IEnumerable<string> Legal => LegalNamespaces.Select(row => row.Data);

    [Fact]
    public void LegalNamespaces_HaveNoCycle()
    {
        var graph = NamespaceGraph.Of(typeof(Petition).Assembly, Legal);

        graph.Cycles().Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(LegalNamespaces))]
    public void LegalNamespace_ExistsInTheLibrary(string name) =>
        typeof(Petition).Assembly.GetTypes().Should().Contain(t => t.Namespace == name, "a renamed namespace would leave the cycle check looking at nothing");

    [Fact]
    public void LegalNamespaces_ModelUsesNoOtherLegalNamespace()
    {
        var graph = NamespaceGraph.Of(typeof(Petition).Assembly, Legal);

        Legal.Select(to => graph.Example("PetitionKit.Model", to)).Should().AllSatisfy(example => example.Should().BeNull());
    }

    [Fact]
    public void Cycles_FindsAReferenceWrittenFullyQualifiedInsideALambda()
    {
        var graph = NamespaceGraph.Of(typeof(NamespaceGraphTests).Assembly, [Fixtures + "Lower", Fixtures + "Upper", Fixtures + "Side"]);

        graph.Cycles().Should().ContainSingle().Which.Should().Be(
            $"{Fixtures}Lower -> {Fixtures}Upper -> {Fixtures}Lower: ShapeCheck.<Rule>b__0_0 uses Catalog; Catalog.Check uses Verdict");
    }

    [Fact]
    public void Cycles_IsEmptyWhenReferencesRunOneWay()
    {
        var graph = NamespaceGraph.Of(typeof(NamespaceGraphTests).Assembly, [Fixtures + "Upper", Fixtures + "Side"]);

        graph.Example(Fixtures + "Side", Fixtures + "Upper").Should().Be("Reader.Read uses Catalog");
        graph.Cycles().Should().BeEmpty();
    }
}
