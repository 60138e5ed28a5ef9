using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Templates;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Petitions;

/// <summary>The checklist's "Values the renderer changed" notes say what privacy changed in what the draft prints: a note
/// about a date of birth, SSN or A-number appears only when the template prints some form of that value.</summary>
public sealed class RedactionNoteTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public async Task Draft_BuiltInTemplateThatPrintsNoBirthDateOrANumber_NotesOnlyTheMinorsInitials()
    {
        var petition = OkaforFamilyAdjustment.Create();
        var template = PetitionKit.Templates.BuiltInTemplates.Get(PetitionKit.Templates.BuiltInTemplates.ForCaseType(petition.CaseType)!);

        var report = await DraftAsync(petition, template);

        var notes = report.Checklist.Where(i => i.Category == ChecklistCategory.AlteredValue && i.Field is null).ToList();
        notes.Should().ContainSingle(i => i.Reference == "petitioners[2].name").Which.Text.Should().StartWith("A minor is named by initials only");
        notes.Should().NotContain(i => i.Reference!.EndsWith(".date_of_birth", StringComparison.Ordinal) || i.Reference!.EndsWith(".a_number", StringComparison.Ordinal),
            "the complaint prints no date of birth and no A-number, so nothing about them was changed in it");
    }

    [Fact]
    public async Task Draft_TemplatePrintingBirthYears_NotesEachChangedBirthDateButNotTheUnprintedANumbers()
    {
        var petition = OkaforFamilyAdjustment.Create();
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ for p in petitioners }}{{ p.name }}, born {{ p.birth_year }}. {{ end }}")));

        var report = await DraftAsync(petition, template);

        var notes = report.Checklist.Where(i => i.Category == ChecklistCategory.AlteredValue && i.Field is null).Select(i => i.Reference).ToList();
        // One line per message: the three birth dates share one note.
        notes.Should().BeEquivalentTo(["petitioners[0].date_of_birth, petitioners[1].date_of_birth, petitioners[2].date_of_birth", "petitioners[2].name"]);
    }

    [Fact]
    public async Task Draft_TemplatePrintingTheFirstPetitionersANumber_NotesOnlyThatOne()
    {
        var petition = OkaforFamilyAdjustment.Create();
        var template = await Render.LoadAsync(Docx.Package(Docx.Paragraph("{{ petitioner.name }}, {{ petitioner.a_number }}")));

        var report = await DraftAsync(petition, template);

        report.Checklist.Where(i => i.Reference is { } r && r.EndsWith(".a_number", StringComparison.Ordinal)).Select(i => i.Reference)
            .Should().Equal("petitioners[0].a_number");
    }

    private static async Task<RenderReport> DraftAsync(Petition petition, PetitionTemplate template)
    {
        using var output = new MemoryStream();
        return await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = AsOf }, cancellationToken: TestContext.Current.CancellationToken);
    }
}
