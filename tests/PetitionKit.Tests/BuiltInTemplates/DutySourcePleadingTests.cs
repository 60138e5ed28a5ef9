using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts petitions whose duty sources include a provision that cannot carry the duty to decide, and reads the
/// LEGAL FRAMEWORK: the duty is pleaded under the provisions that impose it, never under one that grants discretion over
/// the outcome or a timetable that creates no enforceable right.</summary>
public sealed class DutySourcePleadingTests
{
    private static readonly DateOnly SamplesAsOf = new(2026, 6, 1);

    [Fact]
    public async Task Draft_I485ListingSection1255a_PleadsTheDutyUnderTheApaAndTheDiscretionAsGoingToTheOutcome()
    {
        var text = await DraftAsync(OkaforFamilyAdjustment.Create());

        var duty = text.Should().ContainSingle(p => p.StartsWith("Defendants' duty to decide the I-485 arises under", StringComparison.Ordinal)).Subject;
        // § 706(1) is the court's power to compel: the remedy, never the duty's source.
        duty.Should().StartWith("Defendants' duty to decide the I-485 arises under 5 U.S.C. § 555(b).").And.NotContain("1255").And.NotContain("706");
        text.Should().Contain(p => p.Contains("5 U.S.C. §§ 555(b), 706(1)", StringComparison.Ordinal), "the APA count still names § 706(1) for the claim");
        text.Should().Contain("Any discretion that 8 U.S.C. § 1255(a) gives over whether to grant the I-485 goes to the outcome of the decision, not to whether the decision is made. Plaintiffs ask only that the I-485 be decided, whatever its outcome.");
    }

    [Fact]
    public async Task Draft_AsylumListingTheTimetables_PleadsThemOnlyAsStatutoryPeriods()
    {
        var text = await DraftAsync(HaddadAsylum.Create());

        var duty = text.Should().ContainSingle(p => p.StartsWith("Defendants' duty to decide the I-589 arises under", StringComparison.Ordinal)).Subject;
        duty.Should().NotContain("1158");
        text.Should().Contain(p => p.StartsWith("In the absence of exceptional circumstances, the initial interview", StringComparison.Ordinal) && p.Contains("8 U.S.C. § 1158(d)(5)(A)(ii)", StringComparison.Ordinal));
        text.Should().NotContain(p => p.StartsWith("Any discretion that", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_OnlyADiscretionarySourceListed_StillPleadsADutyUnderTheApa()
    {
        var okafor = OkaforFamilyAdjustment.Create();
        var petition = okafor with { Duty = okafor.Duty with { LegalSources = ["8-usc-1255-a"] } };

        var text = await DraftAsync(petition);

        text.Should().Contain(p => p.StartsWith("Defendants' duty to decide the I-485 arises under 5 U.S.C. § 555(b).", StringComparison.Ordinal));
    }

    private static async Task<List<string>> DraftAsync(Petition petition) => (await BuiltInDraft.DraftAsync(petition, SamplesAsOf)).Paragraphs;
}
