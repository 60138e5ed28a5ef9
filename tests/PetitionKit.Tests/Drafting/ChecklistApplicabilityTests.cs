using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;
using Library = PetitionKit.Templates.BuiltInTemplates;

namespace PetitionKit.Tests.Drafting;

/// <summary>The checklist leaves out what the facts rule out, and a built-in template drafts only the case types it
/// pleads.</summary>
public sealed class ChecklistApplicabilityTests
{
    private const string PreferenceItem = "Preference categories (F1–F4): no visa is available yet";

    [Fact]
    public async Task Draft_ImmediateRelativeCase_ChecklistHasNoPreferenceItem()
    {
        var report = await DraftAsync(SamplePetitions.Complete());

        report.Checklist.Should().NotContain(i => i.Text.Contains("Preference", StringComparison.Ordinal) || i.Text.Contains("Visa Bulletin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_PreferenceCaseWithVisaCurrent_ChecklistKeepsThePreferenceItem()
    {
        var complete = SamplePetitions.Complete();
        var petition = complete with
        {
            Application = complete.Application with { Category = "F2A spouse of permanent resident" },
            Visa = new VisaAvailability
            {
                Category = "F2A",
                Chargeability = "Mexico",
                PriorityDate = new DateOnly(2021, 3, 1),
                FinalActionDate = new DateOnly(2022, 1, 1),
                IsCurrent = true,
                CheckedOn = new DateOnly(2026, 5, 20),
            },
        };

        var report = await DraftAsync(petition);

        report.Checklist.Should().ContainSingle(i => i.Text.StartsWith(PreferenceItem, StringComparison.Ordinal));
        report.Checklist.Should().NotContain(i => string.Equals(i.Reference, "PK1171", StringComparison.Ordinal) || string.Equals(i.Reference, "PK1172", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_PreferenceCaseWithoutVisaFacts_WarningStandsInForThePreferenceItem()
    {
        var complete = SamplePetitions.Complete();
        var petition = complete with { Application = complete.Application with { Category = "F2A spouse of permanent resident" } };

        var report = await DraftAsync(petition);

        var warning = report.Checklist.Should().ContainSingle(i => string.Equals(i.Reference, "PK1171", StringComparison.Ordinal)).Subject;
        warning.Category.Should().Be(ChecklistCategory.BeforeYouFile);
        warning.Text.Should().EndWith("retrogression is the main dismissal trigger, and where no visa is available the government argues TRAC factors 4 and 5.");
        report.Checklist.Should().NotContain(i => i.Text.StartsWith(PreferenceItem, StringComparison.Ordinal),
            "the warning says what the generic item says, for this petition");
    }

    [Fact]
    public async Task Draft_CatalogItemTheTemplateAlsoDeclares_IsListedOnceAsTheCatalogsRisk()
    {
        var report = await DraftAsync(SamplePetitions.Complete());

        var item = report.Checklist.Should().ContainSingle(i => i.Text.StartsWith("Mandamus needs a clear right", StringComparison.Ordinal)).Subject;
        item.Category.Should().Be(ChecklistCategory.Risk);
        item.Reference.Should().Be("mandamus-elements");
        item.Location.Should().StartWith("body, under “Relief in the Nature of Mandamus",
            "the template places the catalog's item at the count it concerns (review_item \"…\" \"mandamus-elements\"), folding its own paraphrase in");
        report.Checklist.Should().NotContain(i => i.Text.StartsWith("Mandamus: plead all three elements", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_NamedOfficial_OfficeholderItemIsListedOnce()
    {
        var complete = SamplePetitions.Complete();
        var named = complete.Officials[0] with { PersonName = "Pat Example", NameAsOf = new DateOnly(2025, 5, 30) };
        var petition = complete with { Officials = [named, .. complete.Officials.Skip(1)] };

        var report = await DraftAsync(petition);

        report.Checklist.Where(i => i.Text.StartsWith("Confirm that Pat Example still holds the office", StringComparison.Ordinal)).Should().ContainSingle();
    }

    [Fact]
    public async Task Draft_BuiltInTemplateForAnotherCaseType_IsRefusedWithPK1176()
    {
        using var output = new MemoryStream();

        var act = () => PetitionDrafter.DraftAsync(SamplePetitions.Complete(), Library.Get(Library.Foia), output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var issue = (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be("PK1176");
        issue.Path.Should().Be("case_type");
        issue.Message.Should().Be("The built-in template ‘foia’ does not draft this case type: I-130 petition for alien relative (i130_petition_for_alien_relative). Use the built-in template ‘uscis-delay’ (the default for this case type), or a custom template.");
        output.Length.Should().Be(0);
    }

    [Fact]
    public async Task Draft_CustomTemplate_IsNotRestrictedByCaseType()
    {
        var custom = await PetitionKit.Tests.BuiltInTemplates.BuiltInTemplateRender.LoadAsync(Library.Foia);
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(SamplePetitions.Complete(), custom, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        output.Length.Should().BeGreaterThan(0);
        report.Checklist.Should().NotBeEmpty();
    }

    private static async Task<RenderReport> DraftAsync(Petition petition)
    {
        using var output = new MemoryStream();
        return await PetitionDrafter.DraftAsync(petition, Library.Get(Library.UscisDelay), output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
    }
}
