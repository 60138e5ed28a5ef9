using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using Library = PetitionKit.Templates.BuiltInTemplates;

namespace PetitionKit.Tests.GoldenText;

/// <summary>The review checklist of every golden draft, read from the draft itself: one line per thing to check, and
/// the groups in order of consequence.</summary>
public sealed class GoldenChecklistTests
{
    private static readonly string[] HeadingsInRank =
    [
        "Before you file",
        "Missing facts",
        "Risks to weigh",
        "Facts and pleading to confirm",
        "Privacy",
        "Values the renderer changed",
        "Citations to verify",
        "Deadlines and filing mechanics",
    ];

    public static TheoryData<string> Drafted() =>
        [.. GoldenCase.All().Where(c => File.Exists(c.ExpectedPath)).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Drafted))]
    public async Task Draft_GoldenPetition_ChecklistHasNoDuplicateItem(string name)
    {
        var checklist = await ChecklistOfAsync(name);

        var items = checklist.Where(p => p.StartsWith('☐')).ToList();

        items.Should().OnlyHaveUniqueItems(name);
        var repeatedWithoutPlace = items.Select(i => i.Split('\n')[0])
            .GroupBy(t => t, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && items.Count(i => i.StartsWith(g.Key + "\nWhere: ", StringComparison.Ordinal)) != g.Count())
            .Select(g => g.Key);
        repeatedWithoutPlace.Should().BeEmpty("the same words may stand twice only for findings at different places in the draft ({0})", name);
    }

    [Theory]
    [MemberData(nameof(Drafted))]
    public async Task Draft_GoldenPetition_ChecklistGroupsStandInRankOrder(string name)
    {
        var checklist = await ChecklistOfAsync(name);

        var headings = checklist.Where(p => HeadingsInRank.Contains(p)).ToList();

        headings.Should().OnlyHaveUniqueItems(name);
        headings.Select(h => Array.IndexOf(HeadingsInRank, h)).Should().BeInAscendingOrder(name);
    }

    [Fact]
    public async Task Draft_EmploymentCaseInTheFifthCircuit_OpensWithBeforeYouFile()
    {
        var checklist = await ChecklistOfAsync("006-sample-okafor-family-i485");

        checklist[1].Should().StartWith("Tags in items: [V] ", "its items quote the sources' tags, so the key stands under the title");
        checklist[2].Should().Be("Before you file");
        var before = checklist.Skip(3).TakeWhile(p => p.StartsWith('☐')).ToList();
        before.Should().Contain(p => p.StartsWith("☐\tI-485 in the Fifth Circuit: jurisdiction risk high.", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("☐\tThis looks like a preference or employment case", StringComparison.Ordinal));
    }

    private static async Task<IReadOnlyList<string>> ChecklistOfAsync(string name)
    {
        var golden = GoldenCase.Named(name);
        Petition petition;
        await using (var file = File.OpenRead(golden.PetitionPath))
        {
            petition = PetitionJson.Read(file);
        }

        var template = Library.Get(golden.TemplateId ?? Library.ForCaseType(petition.CaseType)!);
        using var output = new MemoryStream();
        await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = golden.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
        return DocxText.ChecklistParagraphs(output.ToArray());
    }
}
