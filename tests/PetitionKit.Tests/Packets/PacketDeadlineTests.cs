using PetitionKit.Packets;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.Packets;

/// <summary>The deadlines page and the packet report's deadlines: each names its rule, and a date appears only when the day
/// it counts from was given.</summary>
public sealed class PacketDeadlineTests
{
    private static PacketOptions Options(DateOnly? filedOn = null, DateOnly? servedOn = null) =>
        new() { Render = new RenderOptions { AsOf = GoldenCase.DefaultAsOf }, FiledOn = filedOn, ServedOn = servedOn };

    [Fact]
    public async Task DraftPacket_NoDatesGiven_StatesEachDeadlineAsDaysAfterAnEventWithNoDate()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("okafor-family-i485"), Options());

        run.Report.Deadlines.Should().Equal(
            new PacketDeadline("Serve every defendant", "Fed. R. Civ. P. 4(m)", 90, "filing", null),
            new PacketDeadline("Answer or other response due from the defendants", "Fed. R. Civ. P. 12(a)(2)", 60, "service on the United States attorney", null));
        var page = DocxText.DraftParagraphs(run.Only(PacketDocumentKind.Deadlines));
        page.Should().ContainInOrder(
            "SERVE EVERY DEFENDANT",
            "Time: ninety (90) days after filing (Fed. R. Civ. P. 4(m)).",
            "Due: no date yet; 90 days after filing, once that day is known.",
            "ANSWER OR OTHER RESPONSE DUE FROM THE DEFENDANTS",
            "Time: sixty (60) days after service on the United States attorney (Fed. R. Civ. P. 12(a)(2)).",
            "Due: no date yet; 60 days after service on the United States attorney, once that day is known.");
        page.Should().NotContain(p => p.Contains("2026", StringComparison.Ordinal), "no day was given, so no date may be invented");
    }

    [Fact]
    public async Task DraftPacket_FiledAndServedOnGiven_CountsTheDaysFromThem()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("okafor-family-i485"), Options(new DateOnly(2026, 6, 3), new DateOnly(2026, 6, 10)));

        run.Report.Deadlines.Select(d => d.Due).Should().Equal(new DateOnly(2026, 9, 1), new DateOnly(2026, 8, 9));
        DocxText.DraftParagraphs(run.Only(PacketDocumentKind.Deadlines)).Should()
            .Contain("Due: September 1, 2026 (the plain count of calendar days).")
            .And.Contain("Due: August 9, 2026 (the plain count of calendar days).");
        DocxText.ChecklistParagraphs(run.Only(PacketDocumentKind.Deadlines)).Should()
            .Contain(p => p.Contains("Check the court's rules on counting time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftPacket_Foia_AnswerIsThirtyDaysAfterServiceUnderFoia()
    {
        var run = await PacketRun.DraftAsync(await PacketRun.SampleAsync("mensah-foia-a-file"), Options(servedOn: new DateOnly(2026, 6, 10)));

        run.Report.Deadlines[1].Should().Be(new PacketDeadline(
            "Answer or other response due from each defendant agency", "5 U.S.C. § 552(a)(4)(C)", 30, "service", new DateOnly(2026, 7, 10)));
        DocxText.DraftParagraphs(run.Only(PacketDocumentKind.Deadlines)).Should()
            .Contain("Time: thirty (30) days after service (5\u00A0U.S.C.\u00A0§\u00A0552(a)(4)(C)).");
    }

    [Fact]
    public async Task DraftPacket_DayOutsideTheCalendar_RefusedWithTheOptionsPath()
    {
        var petition = await PacketRun.SampleAsync("okafor-family-i485");
        var opened = 0;

        var act = () => PetitionDrafter.DraftPacketAsync(petition, Options(new DateOnly(9999, 12, 31), new DateOnly(1, 1, 1)), _ =>
        {
            opened++;
            return new MemoryStream();
        }, TestContext.Current.CancellationToken);

        var thrown = await act.Should().ThrowAsync<PetitionValidationException>();
        thrown.Which.Report.Issues.Where(i => string.Equals(i.Code, "PK1024", StringComparison.Ordinal)).Select(i => i.ToString()).Should().Equal(
            "filed_on: error PK1024: The date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year.",
            "served_on: error PK1024: The date 0001-01-01 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year.");
        opened.Should().Be(0);
    }
}
