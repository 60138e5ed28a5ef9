using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

public sealed class BatchCommandTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Theory]
    [InlineData("1")]
    [InlineData(null)]
    public async Task Batch_OneBadRecord_DraftsTheOthersAndListsTheFailure(string? jobs)
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/c-chen.json", """{"petitioner": {"name": "Li Chen"}}""");
        _cli.Write("data/a-garcia.json", """{"petitioner": {"name": "Ana García"}, "urgent": true}""");
        _cli.Write("data/b-broken.json", """{"petitioner": """);
        _cli.Write("data/notes.txt", "not data");
        string[] args = ["batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"), "--as-of", "2026-01-15"];

        var result = await _cli.RunAsync(jobs is null ? args : [.. args, "--jobs", jobs]);

        result.ExitCode.Should().Be(1);
        _cli.Files("out").Should().Equal("out/a-garcia.docx", "out/c-chen.docx");
        var garcia = await File.ReadAllBytesAsync(_cli.Path("out/a-garcia.docx"), TestContext.Current.CancellationToken);
        OpenXmlValidation.ShouldBeValid(garcia);
        DocxText.Paragraphs(garcia).Should().Contain(["Petitioner Ana García sues.", "This matter is urgent."]);
        DocxText.Paragraphs(await File.ReadAllBytesAsync(_cli.Path("out/c-chen.docx"), TestContext.Current.CancellationToken))
            .Should().Contain("Petitioner Li Chen sues.").And.NotContain("This matter is urgent.");
        result.Output.Should().Contain("Drafted 2 of 3 data files").And.Contain("as of 2026-01-15").And.Contain("1 failed.");
        result.ErrorLines.Should().Equal(
            "1 of 3 data files failed; no draft was written for them:",
            "b-broken.json:",
            $"{_cli.Path("data/b-broken.json")}(1,16): error: invalid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.");
    }

    [Fact]
    public async Task Batch_ManyRecordsInParallel_ListsFailuresInNameOrder()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        for (var i = 0; i < 12; i++)
        {
            _cli.Write(FormattableString.Invariant($"data/p{i:00}.json"), i % 4 == 3 ? """{"petitioner": {}}""" : "{\"petitioner\": {\"name\": \"P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"}}");
        }

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"), "--strict", "--jobs", "4");

        result.ExitCode.Should().Be(1);
        _cli.Files("out").Should().HaveCount(9);
        result.ErrorLines.Where(l => l.EndsWith(".json:", StringComparison.Ordinal)).Should().Equal("p03.json:", "p07.json:", "p11.json:");
        result.ErrorLines.Where(l => l.Contains("PK3001", StringComparison.Ordinal)).Should().HaveCount(3);
        result.OutputLines.Where(l => l.StartsWith('[')).Should().HaveCount(12);
        result.Output.Should().Contain("as of 2026-06-03", "without --as-of the batch takes one date from the clock");
    }

    [Fact]
    public async Task Batch_AllGood_ExitsZero()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/one.json", """{"petitioner": {"name": "One"}}""");

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Error.Should().BeEmpty();
        _cli.Files("out").Should().Equal("out/one.docx");
    }

    [Fact]
    public async Task Batch_BadTemplateAndMissingFolder_ReportsBothBeforeDrafting()
    {
        var template = _cli.Write("broken.docx", CliRun.MissingEndTemplate());

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("nowhere"), "--out-dir", _cli.Path("out"));

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().HaveCount(2);
        result.ErrorLines[0].Should().Contain("PK2013");
        result.ErrorLines[1].Should().Be($"{_cli.Path("nowhere")}: error: the folder does not exist.");
        Directory.Exists(_cli.Path("out")).Should().BeFalse();
    }

    [Fact]
    public async Task Batch_OutDirIsAFile_ReportsItOnceAndDraftsNothing()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/one.json", """{"petitioner": {"name": "One"}}""");
        _cli.Write("data/two.json", """{"petitioner": {"name": "Two"}}""");
        var outFile = _cli.Write("out", "a file, not a folder");

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", outFile);

        result.ExitCode.Should().Be(1);
        result.ErrorLines.Should().ContainSingle().Which.Should().StartWith($"{outFile}: error: the output folder cannot be written");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4")]
    public async Task Batch_TwoDataFilesDifferingOnlyInCase_NeitherIsDraftedAndTheOthersAre(string jobs)
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/r007.json", """{"petitioner": {"name": "Lower"}}""");
        _cli.Write("data/r007.JSON", """{"petitioner": {"name": "Upper"}}""");
        _cli.Write("data/r008.json", """{"petitioner": {"name": "Other"}}""");
        var draft = _cli.Path("out/r007.docx");

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"), "--jobs", jobs);

        result.ExitCode.Should().Be(1, result.ToString());
        var collision = $"error: the draft of r007.json '{draft}' would overwrite the draft of r007.JSON '{draft}'; choose another name.";
        result.ErrorLines.Should().Equal(
            "2 of 3 data files failed; no draft was written for them:",
            "r007.JSON:",
            $"{_cli.Path("data/r007.JSON")}: {collision}",
            "r007.json:",
            $"{_cli.Path("data/r007.json")}: {collision}");
        _cli.Files("out").Should().Equal("out/r008.docx");
    }

    [Fact]
    public async Task Batch_LeftoverTemporaries_DeadOwnersRemovedLiveOwnersKeptHiddenFilesNeverRead()
    {
        var template = _cli.Write("petition.docx", CliRun.GoodTemplate());
        _cli.Write("data/one.json", """{"petitioner": {"name": "One"}}""");
        _cli.Write("data/._one.json", [0x00, 0x05, 0x16, 0x07]);

        // No process can have this id (Linux caps ids at 2^22); process 1 always runs, and may be another run's writer.
        _cli.Write("out/.one.docx.99999999.tmp", []);
        _cli.Write("out/.one.docx.1.tmp", []);

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"));

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Drafted 1 of 1 data files");
        _cli.Files("out").Should().Equal("out/.one.docx.1.tmp", "out/one.docx");
    }

    public void Dispose() => _cli.Dispose();
}
