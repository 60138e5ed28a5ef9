using System.Text.Json;
using Ical.Net.CalendarComponents;

namespace PetitionKit.Tests.Cli;

/// <summary><c>deadlines.ics</c> and the manifest's deadlines, as a calendar app and an app read them.</summary>
public sealed class PacketCalendarTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Packet_FiledAndServedOn_CalendarHoldsEachDeadlineOnItsDayWithItsRule()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf, "--filed-on", "2026-06-03", "--served-on", "2026-06-10");

        result.ExitCode.Should().Be(0, result.ToString());
        result.OutputLines.Should().Contain($"Wrote {_cli.Path("p/deadlines.ics")}: 2 dated deadlines (a deadline without the day it counts from has no date).");
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(_cli.Path("p/deadlines.ics"), TestContext.Current.CancellationToken))!;
        calendar.Todos.Should().BeEmpty();
        calendar.Events.Select(e => (e.DtStart!.Date, e.DtStart.HasTime, e.Summary)).Should().Equal(
            (new DateOnly(2026, 9, 1), false, "Serve every defendant (Fed. R. Civ. P. 4(m))"),
            (new DateOnly(2026, 8, 9), false, "Answer or other response due from the defendants (Fed. R. Civ. P. 12(a)(2))"));
        calendar.Events.Should().AllSatisfy(e =>
        {
            e.Description.Should().StartWith("ATTORNEY REVIEW DRAFT: verify before relying on it.");
            e.DtStamp!.Value.Should().Be(DateTime.SpecifyKind(DateTime.Parse(PetitionFiles.AsOf, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc), "DTSTAMP is the as-of day, never the clock");
            e.Uid.Should().MatchRegex("^[0-9a-f]{32}@petitionkit$");
        });

        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(_cli.Path("p/packet.json"), TestContext.Current.CancellationToken));
        manifest.RootElement.GetProperty("deadlines").EnumerateArray()
            .Select(d => $"{d.GetProperty("event").GetString()} | {d.GetProperty("rule").GetString()} | {d.GetProperty("days").GetInt32()} | {d.GetProperty("due").GetString()}")
            .Should().Equal(
                "Serve every defendant | Fed. R. Civ. P. 4(m) | 90 | 2026-09-01",
                "Answer or other response due from the defendants | Fed. R. Civ. P. 12(a)(2) | 60 | 2026-08-09");
    }

    [Fact]
    public async Task Packet_NoDatesGiven_CalendarHoldsUndatedToDosAndInventsNoDay()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(0, result.ToString());
        var text = await File.ReadAllTextAsync(_cli.Path("p/deadlines.ics"), TestContext.Current.CancellationToken);
        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Events.Should().BeEmpty();
        calendar.Todos.Select(t => t.Summary).Should().Equal(
            "Serve every defendant (Fed. R. Civ. P. 4(m))", "Answer or other response due from the defendants (Fed. R. Civ. P. 12(a)(2))");
        calendar.Todos.Should().AllSatisfy(t =>
        {
            t.Due.Should().BeNull();
            t.DtStart.Should().BeNull();
        });
        calendar.Todos.First()!.Description.Should().Contain("90 days after filing (Fed. R. Civ. P. 4(m)). No date: that day was not given.");
        text.Should().NotContain("DUE").And.NotContain("DTSTART");

        using var manifest = JsonDocument.Parse(await File.ReadAllBytesAsync(_cli.Path("p/packet.json"), TestContext.Current.CancellationToken));
        manifest.RootElement.GetProperty("deadlines").EnumerateArray().Should().AllSatisfy(d => d.GetProperty("due").ValueKind.Should().Be(JsonValueKind.Null));
    }

    [Fact]
    public async Task Packet_SameInputs_CalendarHasTheSameBytesAndEachPetitionItsOwnUids()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var other = PetitionFiles.Write(_cli, "other.json", PetitionFiles.Naturalization());
        string[] dates = ["--as-of", PetitionFiles.AsOf, "--filed-on", "2026-06-03"];

        await _cli.RunAsync(["packet", "-p", petition, "-o", _cli.Path("a"), .. dates]);
        await _cli.RunAsync(["packet", "-p", petition, "-o", _cli.Path("b"), .. dates]);
        await _cli.RunAsync(["packet", "-p", other, "-o", _cli.Path("c"), .. dates]);

        var a = await File.ReadAllBytesAsync(_cli.Path("a/deadlines.ics"), TestContext.Current.CancellationToken);
        a.Should().Equal(await File.ReadAllBytesAsync(_cli.Path("b/deadlines.ics"), TestContext.Current.CancellationToken));
        var uids = (string path) => Ical.Net.Calendar.Load(File.ReadAllText(_cli.Path(path)))!.Children.OfType<UniqueComponent>().Select(c => c.Uid).ToList();
        uids("a/deadlines.ics").Should().OnlyHaveUniqueItems().And.NotIntersectWith(uids("c/deadlines.ics"));
    }

    [Theory]
    [InlineData("--filed-on", "2026-13-01", "--filed-on takes a date written yyyy-mm-dd, such as 2026-06-03, not '2026-13-01'.")]
    [InlineData("--served-on", "June 3", "--served-on takes a date written yyyy-mm-dd, such as 2026-06-03, not 'June 3'.")]
    public async Task Packet_MalformedDay_ExitsTwoNamingTheOption(string option, string value, string message)
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        Directory.Exists(_cli.Path("p")).Should().BeFalse();
    }

    [Fact]
    public async Task Packet_ServedBeforeFiled_ExitsTwoBeforeWritingAnything()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--filed-on", "2026-06-10", "--served-on", "2026-06-03");

        result.ExitCode.Should().Be(2);
        result.ErrorLines.Should().Equal("petitionkit: error: --served-on 2026-06-03 is before --filed-on 2026-06-10: the complaint is served after it is filed; check both dates.");
        Directory.Exists(_cli.Path("p")).Should().BeFalse();
    }

    [Fact]
    public async Task Packet_FiledOnOffTheCalendar_ExitsOneWithPk1024AtFiledOn()
    {
        var petition = PetitionFiles.WriteValid(_cli);

        var result = await _cli.RunAsync("packet", "-p", petition, "-o", _cli.Path("p"), "--as-of", PetitionFiles.AsOf, "--filed-on", "9999-12-31");

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().Contain("filed_on: error PK1024: The date 9999-12-31 is outside the dates PetitionKit accepts (1900-01-01 through 2199-12-31); check the year.");
        Directory.Exists(_cli.Path("p")).Should().BeFalse();
    }

    public void Dispose() => _cli.Dispose();
}
