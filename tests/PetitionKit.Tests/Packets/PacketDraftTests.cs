using PetitionKit.Packets;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Checking;

namespace PetitionKit.Tests.Packets;

/// <summary>What an attorney reads in each packet document, drafted through <see cref="PetitionDrafter.DraftPacketAsync"/>.</summary>
public sealed class PacketDraftTests
{
    [Fact]
    public async Task DraftPacket_Sample_WritesEveryDocumentInOrderWithTheDraftMarks()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("okafor-family-i485"));

        run.Report.Documents.Select(d => d.Document.FileName).Should().StartWith(["01-complaint.docx", "02-civil-cover-sheet-worksheet.docx", "03-summons-1.docx"]);
        run.Report.Documents.Select(d => d.Document.Kind).Should().BeInAscendingOrder();
        foreach (var (name, docx) in run.Files)
        {
            DraftTranscript.Of(docx).Should().StartWith("=== header (word/header1.xml) ===\nATTORNEY REVIEW DRAFT — NOT FOR FILING\n", name)
                .And.Contain("Attorney review checklist — remove before filing", name)
                .And.Contain("· as of June 1, 2026 ·", name);
            OpenXmlValidation.Errors(docx).Should().BeEmpty(name);
        }
    }

    [Fact]
    public async Task DraftPacket_Complaint_IsTheDraftOfDraftAsync()
    {
        var petition = await PacketRun.SampleAsync("haddad-i589-asylum");
        using var draft = new MemoryStream();
        await PetitionDrafter.DraftAsync(petition, PetitionKit.Templates.BuiltInTemplates.Get("uscis-delay"), draft, new RenderOptions { AsOf = GoldenCase.DefaultAsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var run = await PacketRun.DraftAsync(petition);

        run.Only(PacketDocumentKind.Complaint).Should().Equal(draft.ToArray());
    }

    [Fact]
    public async Task DraftPacket_EveryDefendant_HasASummonsAddressedToIt()
    {
        var petition = await PacketRun.SampleAsync("reyes-family-i130-next-friend");

        var run = await PacketRun.DraftAsync(petition);

        var summonses = run.All(PacketDocumentKind.Summons).Select(DocxText.DraftParagraphs).ToList();
        summonses.Should().HaveCount(petition.Officials.Count);
        for (var i = 0; i < petition.Officials.Count; i++)
        {
            var to = summonses[i].SkipWhile(p => !string.Equals(p, "TO (DEFENDANT'S NAME AND ADDRESS)", StringComparison.Ordinal)).Skip(1).First();
            to.Should().Be(petition.Officials[i].Title + ", in official capacity");
        }
    }

    [Fact]
    public async Task DraftPacket_ServicePlan_NamesEachRuleSubsectionAndLeavesTheUsAttorneyAddressVisiblyOpen()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("nguyen-n400-1447b"));

        var plan = DocxText.DraftParagraphs(run.Only(PacketDocumentKind.ServicePlan));

        plan.Should().Contain("1. THE UNITED STATES ATTORNEY: FED. R. CIV. P. 4(i)(1)(A)")
            .And.Contain("2. THE ATTORNEY GENERAL: FED. R. CIV. P. 4(i)(1)(B)")
            .And.Contain("3. EACH AGENCY AND OFFICER SUED: FED. R. CIV. P. 4(i)(2)")
            .And.Contain("To: Civil-Process Clerk, United States Attorney's Office for the Western District of Washington")
            .And.Contain(PacketFacts.AddressNeeded)
            .And.Contain("950 Pennsylvania Avenue NW");
        DocxText.ChecklistParagraphs(run.Only(PacketDocumentKind.ServicePlan)).Should().Contain(p =>
            p.StartsWith("☐\tU.S. Attorney's civil-process clerk for the Western District of Washington: PetitionKit's catalog has no address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftPacket_Foia_AnswerTimeIsThirtyDaysUnderFoia()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("mensah-foia-a-file"));

        var summons = DocxText.DraftParagraphs(run.Only(PacketDocumentKind.Summons));
        var worksheet = DocxText.DraftParagraphs(run.Only(PacketDocumentKind.CivilCoverSheetWorksheet));

        summons.Should().Contain("Thirty (30) days after service, unless the court otherwise directs for good cause shown (5\u00A0U.S.C.\u00A0§\u00A0552(a)(4)(C)).");
        worksheet.Should().Contain(p => p.StartsWith("895 Freedom of Information Act [VERIFY:", StringComparison.Ordinal)).And.Contain("Box 2: U.S. Government Defendant").And.NotContain(p => p.Contains("540", StringComparison.Ordinal) && !p.Contains("Never 540", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftPacket_NotFoia_AnswerTimeIsSixtyDaysAfterServiceOnTheUsAttorney()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("karimi-ds260-administrative-processing"));

        DocxText.DraftParagraphs(run.All(PacketDocumentKind.Summons).First()).Should()
            .Contain(p => p.StartsWith("Sixty (60) days after service on the United States attorney (Fed. R. Civ. P. 12(a)(2))", StringComparison.Ordinal));
        DocxText.DraftParagraphs(run.Only(PacketDocumentKind.CivilCoverSheetWorksheet)).Should()
            .Contain(p => p.StartsWith("465 Other Immigration Actions [VERIFY:", StringComparison.Ordinal))
            .And.Contain("U.S. civil statute under which the case is filed (not a jurisdictional statute): 5\u00A0U.S.C.\u00A0§\u00A0555(b); 5\u00A0U.S.C.\u00A0§\u00A0706(1)");
    }

    [Theory]
    [InlineData(false, "the matter is REMANDED to U.S. Citizenship and Immigration Services under 8\u00A0U.S.C.\u00A0§\u00A01447(b)")]
    [InlineData(true, "the Court will hold a hearing on the application for naturalization")]
    public async Task DraftPacket_1447bOrder_FollowsThePetitionsChoice(bool determine, string expected)
    {
        var petition = await PacketRun.SampleAsync("nguyen-n400-1447b");
        petition = petition with { Relief = petition.Relief with { DetermineMatter = determine } };

        var run = await PacketRun.DraftAsync(petition);

        var order = DocxText.DraftParagraphs(run.Only(PacketDocumentKind.ProposedOrder));
        order.Should().Contain(p => p.StartsWith(expected, StringComparison.Ordinal));
        order.Should().NotContain(p => p.StartsWith(determine ? "the matter is REMANDED" : "the Court will hold a hearing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftPacket_OfficialsTitleChanged_ChangesInEveryDocumentThatNamesIt()
    {
        var petition = await PacketRun.SampleAsync("okafor-family-i485");
        var renamed = petition.Officials[0] with { Title = "Acting Director, Example Field Office" };
        petition = petition with { Officials = [renamed, .. petition.Officials.Skip(1)] };

        var run = await PacketRun.DraftAsync(petition);

        foreach (var document in run.Report.Documents.Where(d => d.Document.Kind is not (PacketDocumentKind.Verification or PacketDocumentKind.ExhibitCoverSheets)))
        {
            // The caption prints a title in capitals, as the complaint does.
            var text = string.Join("\n", DocxText.DraftParagraphs(run.Files[document.Document.FileName]));
            text.Should().ContainEquivalentOf("Acting Director, Example Field Office", document.Document.FileName);
        }
    }

    [Fact]
    public async Task DraftPacket_MinorPlaintiffs_AreNamedByInitialsOnlyAndSignNoVerification()
    {
        var petition = await PacketRun.SampleAsync("reyes-family-i130-next-friend");

        var run = await PacketRun.DraftAsync(petition);

        var minors = petition.Petitioners.Where(p => p.IsMinor).Select(p => p.Name).ToList();
        minors.Should().NotBeEmpty();
        foreach (var (name, docx) in run.Files)
        {
            var text = DraftTranscript.Of(docx);
            minors.Should().AllSatisfy(minor => text.Should().NotContain(minor, name));
        }

        run.Report.Documents.Count(d => d.Document.Kind == PacketDocumentKind.Verification).Should().Be(petition.Petitioners.Count(p => !p.IsMinor));
    }

    [Fact]
    public async Task DraftPacket_SameInputs_SameBytes()
    {
        var petition = await PacketRun.SampleAsync("mensah-foia-a-file");

        var first = await PacketRun.DraftAsync(petition);
        var second = await PacketRun.DraftAsync(petition);

        second.Files.Keys.Should().Equal(first.Files.Keys);
        foreach (var (name, docx) in first.Files)
        {
            second.Files[name].Should().Equal(docx, name);
        }
    }

    [Fact]
    public async Task DraftPacket_InvalidPetition_RefusesBeforeOpeningAnyDocument()
    {
        var petition = await PacketRun.SampleAsync("nguyen-n400-1447b");
        petition = petition with { Court = petition.Court with { CourtId = "zzz" } };
        var opened = new List<string>();

        var act = () => PetitionDrafter.DraftPacketAsync(petition, null, document =>
        {
            opened.Add(document.FileName);
            return new MemoryStream();
        }, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report.Issues.Should().Contain(i => i.Path == "court.court_id");
        opened.Should().BeEmpty();
    }

    [Fact]
    public void PacketTemplates_ReadOnlyPathsThePacketViewHas()
    {
        foreach (var id in PacketTemplates.All)
        {
            TemplatePathCheck.Check(PacketTemplates.Get(id).Compiled.Parts, new DataModel(PacketModelShape.Root, "the packet model", "templates/packet/README.md"), GlobalShapes.All).Diagnostics.Should().BeEmpty(id);
        }
    }
}
