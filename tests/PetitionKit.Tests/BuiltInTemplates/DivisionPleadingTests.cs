using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using SamplePetitions = PetitionKit.Tests.Model.SamplePetitions;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>The end of the venue section: N.D. Cal.'s intradistrict assignment statement is left as a visible gap, and a
/// district whose caption may name a division asks for one when the petition names none.</summary>
public sealed class DivisionPleadingTests
{
    private const string IntradistrictGap = "[ADD: the intradistrict assignment statement that N.D. Cal. Civil L.R. 3-5(b) requires; write it from the rule's current text.]";

    [Fact]
    public async Task Draft_NorthernDistrictOfCaliforniaWithoutDivision_LeavesTheStatementAsAGapAndAsksForTheDivision()
    {
        var (text, report) = await DraftAsync(SamplePetitions.Complete() with { Court = SamplePetitions.Complete().Court with { Division = null } });

        var gap = text.IndexOf(IntradistrictGap);
        gap.Should().BePositive();
        text[gap - 1].Should().StartWith("Venue is proper in this district", "the gap closes the venue section");
        report.ReviewItems.Should().Contain(i => i.StartsWith("N.D. Cal. intradistrict assignment: Civil L.R. 3-5(b) requires a statement", StringComparison.Ordinal))
            .And.Contain(i => i.StartsWith("N.D. Cal. first page: Civil L.R. 3-4(a)", StringComparison.Ordinal))
            .And.Contain("Division: this district's caption may name a division (San Francisco/Oakland, San Jose, Eureka), and the petition names none; set court.division to the one where the case is filed.");
    }

    [Fact]
    public async Task Draft_NorthernDistrictOfCaliforniaWithDivision_AsksForNoDivision()
    {
        var (_, report) = await DraftAsync(SamplePetitions.Complete() with { Court = SamplePetitions.Complete().Court with { Division = "San Jose" } });

        report.ReviewItems.Should().NotContain(i => i.StartsWith("Division:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_AnotherDistrict_HasNoIntradistrictGap()
    {
        var (text, report) = await DraftAsync(OkaforFamilyAdjustment.Create());

        text.Should().NotContain(IntradistrictGap);
        report.ReviewItems.Should().NotContain(i => i.Contains("intradistrict", StringComparison.Ordinal));
    }

    private static Task<(List<string> Paragraphs, RenderReport Report)> DraftAsync(Petition petition) => BuiltInDraft.DraftAsync(petition, new DateOnly(2026, 6, 1));
}
