using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts FOIA petitions through the facade and reads what the attorney reads: the computed determination date,
/// the organization plaintiff, the counts and the prayer.</summary>
public sealed class FoiaDraftTests
{
    private static readonly DateOnly AsOf = new(2026, 7, 15);

    [Fact]
    public async Task DraftAsync_PeriodOverJuneteenth_PleadsTheComputedDateAndTheHolidaySkipped()
    {
        var (text, _) = await Draft(FoiaPetitions.Organization());

        text.Should().Contain("Counting from June 1, 2026, and excepting the legal public holidays in that period (Juneteenth National Independence Day, June 19, 2026; 5 U.S.C. § 6103(a)), the twentieth day was June 30, 2026.");
        text.Should().Contain("The time to determine the request under 5 U.S.C. § 552(a)(6)(A)(i) ended on June 30, 2026, 15 days before the date of this complaint.");
        text.Should().NotContain("count the 20 working days");
    }

    [Fact]
    public async Task DraftAsync_Foia_ChecklistFlagsTheComputedDateToConfirm()
    {
        var (_, report) = await Draft(FoiaPetitions.Organization());

        var deadline = report.Checklist.Should().ContainSingle(i => i.Reference == "analysis.foia.ends_on").Subject;
        deadline.Category.Should().Be(ChecklistCategory.Deadline);
        deadline.Text.Should().Contain("computed as June 30, 2026").And.Contain("Juneteenth National Independence Day").And.Contain("Confirm the date");
        report.Checklist.Should().NotContain(i => i.Text.Contains("does not count", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_OrganizationPlaintiff_PleadsMissionPlaceOfBusinessAndInterestAndAsksForTheDisclosureStatement()
    {
        var (text, report) = await Draft(FoiaPetitions.Organization());

        text.Should().Contain("Plaintiff Georgia Immigrant Rights Alliance (fictitious) is an organization whose mission is to defend the civil rights of immigrants in Georgia. Its principal place of business is in Atlanta, GA. Georgia Immigrant Rights Alliance (fictitious) made the request at issue to inform the public about how the county's 287(g) agreement is carried out.");
        text.Should().Contain("because Plaintiff has its principal place of business in the Northern District of Georgia.");
        report.Checklist.Should().Contain(i => i.Text.StartsWith("Disclosure statement: confirm whether", StringComparison.Ordinal) && !i.Text.Contains("legal brief", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_FeeWaiverDeniedAndExpediteUndecided_PleadsEachAsItsOwnCountAndPrayer()
    {
        var (text, report) = await Draft(FoiaPetitions.Organization());

        text.Should().Contain("COUNT III\nWrongful Denial of a Fee Waiver\n");
        text.Should().Contain("On May 29, 2026, Plaintiff asked U.S. Immigration and Customs Enforcement to waive the fees for processing the request. On June 10, 2026, U.S. Immigration and Customs Enforcement denied the fee waiver (Ex. B).");
        text.Should().Contain("COUNT IV\nFailure to Decide the Request for Expedited Processing\n");
        text.Should().Contain("has not decided whether to expedite the request.");
        text.Should().Contain("order U.S. Immigration and Customs Enforcement to waive the fees for processing the request;")
            .And.Contain("order U.S. Immigration and Customs Enforcement to decide the request for expedited processing and to process the request on an expedited basis;",
                "the expedite count pleads a failure to decide, so the prayer asks for a decision as well");
        text.Should().Contain("[VERIFY: cite the FOIA fee-waiver provision");
        report.ReviewItems.Should().Contain(i => i.StartsWith("Fee-waiver count", StringComparison.Ordinal))
            .And.Contain(i => i.StartsWith("Fee-waiver denial: the draft pleads no administrative appeal", StringComparison.Ordinal))
            .And.NotContain(i => i.StartsWith("Expedite denial", StringComparison.Ordinal), "the expedite request is undecided");
        report.Checklist.Should().Contain(i => i.Text.StartsWith("Fee-waiver denial", StringComparison.Ordinal) && i.Location == "body, under “Wrongful Denial of a Fee Waiver”");
    }

    [Fact]
    public async Task DraftAsync_IndexOfWithheldRecords_IsPrayedForWithoutNamingACaseAndFlagged()
    {
        var (text, report) = await Draft(FoiaPetitions.Organization());

        text.Should().Contain("to prepare an index of any responsive records, or parts of records, that it withholds, stating for each the exemption it claims and why;");
        text.Should().NotContainEquivalentOf("vaughn");
        report.ReviewItems.Should().Contain(i => i.StartsWith("Index of withheld records", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_NoFeeWaiverOrExpedite_PleadsOnlyTheTwoFoiaCounts()
    {
        var petition = FoiaPetitions.Organization();
        petition = petition with { Foia = petition.Foia! with { FeeWaiver = null, ExpeditedProcessing = null, AskForWithheldRecordsIndex = false } };

        var (text, _) = await Draft(petition);

        text.Should().Contain("COUNT I\nFailure to Make a Timely Determination").And.Contain("COUNT II\nWrongful Withholding of Agency Records");
        text.Should().NotContain("COUNT III").And.NotContain("fee waiver").And.NotContain("index of any responsive records");
    }

    [Fact]
    public async Task DraftAsync_TrackingNumber_IsPleadedFromItsOwnField()
    {
        var (text, _) = await Draft(FoiaPetitions.Organization());

        text.Should().Contain("(tracking number 2026-ICFO-01234)").And.Contain("assigned the request tracking number 2026-ICFO-01234.");
    }

    [Fact]
    public async Task DraftAsync_DistrictOfColumbia_ChecklistMentionsInaugurationDay()
    {
        var petition = FoiaPetitions.Organization() with { Court = new Court { CourtId = "dcd", VenueBasis = VenueBasis.FoiaRecordsOrDistrictOfColumbia } };

        var (_, report) = await Draft(petition);

        report.Checklist.Should().Contain(i => i.Reference == "analysis.foia.inauguration_day" && i.Text.Contains("5\u00A0U.S.C.\u00A0§\u00A06103(c)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_SeveralAgencyDefendants_CaptionAndPartiesNameEachAndSpeakOfThemInThePlural()
    {
        const string Ice = "U.S. Immigration and Customs Enforcement";
        const string Uscis = "U.S. Citizenship and Immigration Services";
        var petition = FoiaPetitions.Organization() with
        {
            Officials =
            [
                new Official { Title = Ice, Agency = Ice, Role = OfficialRole.Agency },
                new Official { Title = Uscis, Agency = Uscis, Role = OfficialRole.Agency },
            ],
        };

        var (text, report) = await Draft(petition);

        text.Should().Contain("v.\nU.S. IMMIGRATION AND CUSTOMS ENFORCEMENT;\nU.S. CITIZENSHIP AND IMMIGRATION SERVICES,\nDefendants.");
        text.Should().Contain($"to compel {Ice} and {Uscis} (together, \"Defendants\") to respond")
            .And.Contain($"Defendant {Ice} is an agency of the United States.\nDefendant {Uscis} is an agency of the United States.\nEach Defendant has possession and control of records responsive to the request.")
            .And.Contain("Defendants have not made a determination on the request and have not produced the requested records.")
            .And.Contain("order Defendants to make a determination on the request")
            .And.NotContain("Services's");

        // The model records one request; the other agency's receipt is a visible gap in the facts, not silence.
        text.Should().Contain($"[ADD: how and when {Uscis} received the request (directly or by referral from {Ice}), the tracking number it assigned, and any response. The petition records one request, made to {Ice}.]")
            .And.NotContain($"[ADD: how and when {Ice} received");
        report.Checklist.Should().ContainSingle(i => i.Text.StartsWith("Several agencies are named as defendants", StringComparison.Ordinal));
        report.Checklist.Should().ContainSingle(i => i.Text.StartsWith($"The facts plead the request only as made to {Ice}: add, at the [ADD] paragraph, how and when {Uscis} received it", StringComparison.Ordinal)
            && i.Location!.Contains("STATEMENT OF FACTS", StringComparison.Ordinal));
    }

    private static async Task<(string Text, RenderReport Report)> Draft(Petition petition)
    {
        var template = await BuiltInTemplateRender.LoadAsync("foia");
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var docx = output.ToArray();
        report.MissingValues.Select(m => m.ToString()).Should().BeEmpty();
        OpenXmlValidation.ShouldBeValid(docx);
        return (string.Join("\n", DocxText.DraftParagraphs(docx)).Replace('\u00A0', ' '), report);
    }
}
