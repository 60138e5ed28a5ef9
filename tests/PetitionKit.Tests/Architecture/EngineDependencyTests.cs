using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Templates;
using PetitionKit.Tests.BuiltInTemplates;
using PetitionKit.Word.Templates;

namespace PetitionKit.Tests.Architecture;

/// <summary>The Word engine knows no petitions: the legal layer (PetitionKit) references the engine (PetitionKit.Word),
/// never the reverse. The compiler holds the rest once the engine has no reference to the legal layer; these tests keep
/// that reference from being added.</summary>
public sealed partial class EngineDependencyTests
{
    private static readonly Assembly Engine = typeof(WordTemplate).Assembly;

    private static readonly Assembly LegalLayer = typeof(PetitionTemplate).Assembly;

    [Fact]
    public void EngineAndLegalLayer_AreTwoAssemblies()
    {
        Engine.GetName().Name.Should().Be("PetitionKit.Word");
        LegalLayer.GetName().Name.Should().Be("PetitionKit");
    }

    [Fact]
    public void EngineAssembly_ReferencesNoOtherPetitionKitAssembly()
    {
        var references = Engine.GetReferencedAssemblies().Select(a => a.Name!);

        references.Where(name => name.StartsWith("PetitionKit", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void LegalLayerAssembly_ReferencesTheEngine()
    {
        LegalLayer.GetReferencedAssemblies().Select(a => a.Name).Should().Contain("PetitionKit.Word");
    }

    [Fact]
    public void EngineTypes_LiveInTheEngineNamespace_AndTheLegalLayerHasNone()
    {
        static bool InEngineNamespace(Type type) =>
            type.Namespace is { } name && (string.Equals(name, "PetitionKit.Word", StringComparison.Ordinal) || name.StartsWith("PetitionKit.Word.", StringComparison.Ordinal));

        // Types the compilers make for themselves (embedded attributes, generated regular expressions) are left out.
        Engine.GetTypes().Where(t => t.Namespace?.StartsWith("PetitionKit", StringComparison.Ordinal) == true && !InEngineNamespace(t))
            .Select(t => t.FullName).Should().BeEmpty();
        LegalLayer.GetTypes().Where(InEngineNamespace).Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void EngineProject_ReferencesNoProject()
    {
        // An unused reference leaves no trace in the assembly, so the project file is read too.
        var project = XDocument.Load(Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "src", "PetitionKit.Word", "PetitionKit.Word.csproj"));

        project.Descendants("ProjectReference").Select(r => (string?)r.Attribute("Include")).Should().BeEmpty();
    }

    [Fact]
    public void EngineStrings_SayNothingOfAttorneysCourtsOrFiling()
    {
        // The engine's wording is generic ("review before use"); a petition's words come from the legal layer through
        // IReviewMarks and DraftMarking. The assembly's string literals are read from its metadata, so a constant
        // added anywhere in the engine is caught.
        using var stream = File.OpenRead(Engine.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var literals = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            literals.Add(metadata.GetUserString(handle));
            handle = metadata.GetNextHandle(handle);
        }

        literals.Should().Contain("Review checklist — remove before use", "the scan reads the engine's literals");
        literals.Where(s => LegalWords().IsMatch(s)).Should().BeEmpty();
    }

    [GeneratedRegex(@"\b(attorney|court|filing|plaintiff|petitioner)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 1_000)]
    private static partial Regex LegalWords();
}
