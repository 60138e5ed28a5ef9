using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Petitions;

public sealed class PetitionDraftTests
{
    private static readonly string Body =
        Docx.Paragraph("{{ district.caption_name }}")
        + Docx.Paragraph("{{ petitioners | array.map \"name\" | text.join_and }} v. {{ officials[0].title }}")
        + Docx.Paragraph("{{ profile.display_name }} pending {{ analysis.pending_in_words }}; A-number {{ petitioner.a_number }}, born {{ petitioner.birth_year }}.")
        + Docx.Paragraph("Jurisdiction: {{ cite \"28-usc-1361\" }}.")
        + Docx.Paragraph("Unverified: {{ cite \"8-cfr-216-4\" }}.")
        + Docx.Paragraph("{{ harms[0].description }}");

    // The catalog's own ids, whatever the shared sample uses.
    private static Petition Valid(Petition petition) =>
        petition with { Duty = petition.Duty with { LegalSources = ["5-usc-555-b", "5-usc-706-1"] } };

    private static async Task<(byte[] Docx, RenderReport Report)> DraftAsync(Petition petition, RedactionOptions? redaction = null)
    {
        petition = Valid(petition);
        var template = await Render.LoadAsync(Docx.Package(Body));
        using var output = new MemoryStream();
        var options = new RenderOptions { AsOf = SamplePetitions.AsOf };
        var report = await PetitionDrafter.DraftAsync(petition, template, output, options, redaction, cancellationToken: TestContext.Current.CancellationToken);
        return (output.ToArray(), report);
    }

    [Fact]
    public async Task Draft_CompletePetition_RendersTheViewWithPrivacyApplied()
    {
        var (docx, report) = await DraftAsync(SamplePetitions.Complete());

        OpenXmlValidation.ShouldBeValid(docx);
        var text = DocxText.DraftParagraphs(docx);
        text[0].Should().Be("NORTHERN DISTRICT OF CALIFORNIA");
        text[1].Should().StartWith("Maria Lopez and Jose Lopez v. ");
        text[2].Should().Contain("born 1985").And.NotContain("1985-04-09").And.NotContain("12345678");
        text[3].Should().Be("Jurisdiction: 28\u00A0U.S.C.\u00A0§\u00A01361.", "a citation keeps its title with its code and its section sign with its number");
        text[4].Should().EndWith("[VERIFY: secondary source only].");
        report.MissingValues.Should().BeEmpty();
        report.Checklist.Should().Contain(i => i.Category == ChecklistCategory.Citation && i.Reference == "28-usc-1361");
        report.Checklist.Where(i => i.Category == ChecklistCategory.AlteredValue).Select(i => i.Reference)
            .Should().Equal("petitioners[0].date_of_birth", "petitioners[0].a_number");
    }

    [Fact]
    public async Task Draft_FactMissingInsideALoopOverPetitioners_IsNamedByThePetitionsOwnPath()
    {
        var template = await Render.LoadAsync(Docx.Package(
            Docx.Paragraph("{{ for p in petitioners }}") + Docx.Paragraph("{{ p.name }}, telephone ", "{{ p.phone }}", ", e-mail ", "{{ p.email }}") + Docx.Paragraph("{{ end }}")));
        using var output = new MemoryStream();

        var complete = SamplePetitions.Complete();
        var petition = complete with { Petitioners = [complete.Petitioners[0] with { Phone = null }, .. complete.Petitioners.Skip(1)] };
        var report = await PetitionDrafter.DraftAsync(Valid(petition), template, output, new RenderOptions { AsOf = SamplePetitions.AsOf },
            cancellationToken: TestContext.Current.CancellationToken);

        // petitioners[0] is also the view's "petitioner"; the petition file knows it only as petitioners[0].
        report.MissingValues.Select(m => m.Name).Should().OnlyContain(n => n.StartsWith("petitioners[", StringComparison.Ordinal))
            .And.Contain("petitioners[0].phone").And.Contain("petitioners[1].phone");
    }

    [Fact]
    public async Task Draft_StatutoryClocks_AreListedAsDeadlinesInOneSentenceEach()
    {
        var (_, report) = await DraftAsync(SamplePetitions.Complete());

        var deadlines = report.Checklist.Where(i => i.Category == ChecklistCategory.Deadline).Select(i => i.Text).ToList();
        deadlines.Should().NotBeEmpty();
        deadlines.Should().AllSatisfy(text => text.Should().NotContain(".:"));
        deadlines.Should().Contain(text => text.Contains(": the 180-day period (an expectation, not a deadline) from March 1, 2022 ended on August 28, 2022", StringComparison.Ordinal) && text.EndsWith(" days ago.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_FullIdentifierInAFact_IsMaskedAndListedWithItsPath()
    {
        var petition = SamplePetitions.Complete() with
        {
            Harms = [new Harm { Kind = HarmKind.Work, Description = "Her employer asked for SSN 123-45-6789 again.", PetitionerIndex = 0 }],
        };

        var (docx, report) = await DraftAsync(petition);

        DocxText.DraftParagraphs(docx)[5].Should().Be("Her employer asked for SSN XXX-XX-6789 again.");
        report.Checklist.Should().ContainSingle(i => i.Field == "harms[0].description")
            .Which.Category.Should().Be(ChecklistCategory.AlteredValue);
    }

    [Fact]
    public async Task Draft_FullIdentifierInAFactWithRawValues_IsFlaggedByThePrivacyScan()
    {
        var petition = SamplePetitions.Complete() with
        {
            Harms = [new Harm { Kind = HarmKind.Work, Description = "Her employer asked for SSN 123-45-6789 again.", PetitionerIndex = 0 }],
        };

        var (_, report) = await DraftAsync(petition, new RedactionOptions { IncludeRawValues = true });

        report.Checklist.Should().Contain(i => i.Category == ChecklistCategory.Privacy && i.Text.Contains("SSN or TIN", StringComparison.Ordinal))
            .Which.Location.Should().NotContain("6789");
    }

    [Fact]
    public async Task Draft_TwoFullIdentifiersPrintedRaw_AreTwoChecklistItemsEachSayingWhere()
    {
        var petition = SamplePetitions.Complete() with
        {
            Harms =
            [
                new Harm { Kind = HarmKind.Work, Description = "Her employer asked for SSN 123-45-6789 again. The payroll form wanted SSN 987-65-4320 too.", PetitionerIndex = 0 },
            ],
        };

        var (_, report) = await DraftAsync(petition, new RedactionOptions { IncludeRawValues = true });

        var ssns = report.Checklist.Where(i => i.Category == ChecklistCategory.Privacy && i.Text.Contains("SSN", StringComparison.Ordinal)).ToList();
        ssns.Select(i => i.Location).Should().HaveCount(2).And.OnlyHaveUniqueItems()
            .And.Contain(l => l!.Contains("employer asked for SSN", StringComparison.Ordinal))
            .And.Contain(l => l!.Contains("payroll form wanted SSN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_InvalidPetition_IsRefusedWithEveryErrorAndWritesNothing()
    {
        var petition = Valid(SamplePetitions.Complete()) with { Signer = null };
        var template = await Render.LoadAsync(Docx.Package(Body));
        using var output = new MemoryStream();

        var act = () => PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report.Issues.Should().Contain(i => i.Path == "signer");
        output.Length.Should().Be(0);
    }
}
