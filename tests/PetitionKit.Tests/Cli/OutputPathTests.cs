using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Cli;

/// <summary>An output path where something other than a regular file stands is refused before anything is read or
/// written, and the thing is left as it was: a render once replaced a link, a pipe or a device with a plain file and
/// reported success.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly CliRun _cli = new();

    [Fact]
    public async Task Render_OutputIsASymbolicLinkToAFile_IsRefusedAndTheLinkAndItsTargetStay()
    {
        var (template, data) = Inputs();
        var target = _cli.Write("kept.docx", "earlier draft");
        var link = _cli.Path("draft.docx");
        File.CreateSymbolicLink(link, target);

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", link);

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --out '{link}' is a symbolic link (to '{target}'), not a regular file: an output may only replace a regular file or make a new one; choose another name.");
        SpecialFiles.Kind(link).Should().Be("symbolic link");
        (await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken)).Should().Be("earlier draft");
        _cli.Files().Should().Equal("data.json", "draft.docx", "kept.docx", "petition.docx");
    }

    [Fact]
    public async Task Render_OutputIsANamedPipe_IsRefusedWithoutBlockingAndThePipeStays()
    {
        var (template, data) = Inputs();
        var pipe = _cli.Path("draft.docx");
        SpecialFiles.NamedPipe(pipe);

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", pipe);

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --out '{pipe}' is a named pipe (FIFO), not a regular file: an output may only replace a regular file or make a new one; choose another name.");
        SpecialFiles.Kind(pipe).Should().Be("fifo");
        _cli.Files().Should().Equal("data.json", "draft.docx", "petition.docx");
    }

    [Fact]
    public async Task Render_OutputIsADevice_IsRefusedAndTheDeviceStays()
    {
        var (template, data) = Inputs();
        var device = _cli.Path("null");
        SpecialFiles.NullDevice(device);

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", device);

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --out '{device}' is a character device, not a regular file: an output may only replace a regular file or make a new one; choose another name.");
        SpecialFiles.Kind(device).Should().Be("character special file");
    }

    [Fact]
    public async Task Render_OutputIsAFolderAndStandardOutput_BothRefusedTogether()
    {
        var (template, data) = Inputs();
        var folder = Directory.CreateDirectory(_cli.Path("drafts")).FullName;

        var result = await _cli.RunAsync("render", "-t", template, "-d", data, "-o", folder, "--report", "-");

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --out '{folder}' is a folder, not a regular file: an output may only replace a regular file or make a new one; choose another name.",
            "petitionkit: error: --report '-' names standard output, which PetitionKit does not write to; choose another name.");
        Directory.EnumerateFileSystemEntries(folder).Should().BeEmpty();
        _cli.Files().Should().Equal("data.json", "petition.docx");
    }

    [Fact]
    public async Task Render_EmptyOutputAndDataNames_OutputRefusedAsNoFileNameNotAnInternalError()
    {
        var (template, _) = Inputs();

        var result = await _cli.RunAsync("render", "-t", template, "-d", "", "-o", " ");

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal("petitionkit: error: --out ' ' is not a file name; choose another name.");
        _cli.Files().Should().Equal("data.json", "petition.docx");
    }

    [Fact]
    public async Task Draft_ChecklistIsANamedPipe_IsRefusedAndNoDraftIsWritten()
    {
        var petition = PetitionFiles.WriteValid(_cli);
        var pipe = _cli.Path("checklist.docx");
        SpecialFiles.NamedPipe(pipe);

        var result = await _cli.RunAsync("draft", "-p", petition, "-o", _cli.Path("draft.docx"), "--checklist", pipe, "--as-of", PetitionFiles.AsOf);

        result.ExitCode.Should().Be(2, result.ToString());
        result.ErrorLines.Should().Equal(
            $"petitionkit: error: --checklist '{pipe}' is a named pipe (FIFO), not a regular file: an output may only replace a regular file or make a new one; choose another name.");
        _cli.Files().Should().Equal("checklist.docx", "petition.json");
    }

    [Fact]
    public async Task Batch_OneDraftPathIsASymbolicLink_ThatRecordFailsAndTheOthersAreDrafted()
    {
        var (template, _) = Inputs();
        _cli.Write("data/one.json", """{"petitioner": {"name": "One"}}""");
        _cli.Write("data/two.json", """{"petitioner": {"name": "Two"}}""");
        var target = _cli.Write("elsewhere.docx", "not a draft");
        var link = _cli.Path("out/two.docx");
        Directory.CreateDirectory(_cli.Path("out"));
        File.CreateSymbolicLink(link, target);

        var result = await _cli.RunAsync("batch", "-t", template, "--data-dir", _cli.Path("data"), "--out-dir", _cli.Path("out"));

        result.ExitCode.Should().Be(1, result.ToString());
        result.ErrorLines.Should().Equal(
            "1 of 2 data files failed; no draft was written for them:",
            "two.json:",
            $"{_cli.Path("data/two.json")}: error: the draft of two.json '{link}' is a symbolic link (to '{target}'), not a regular file: an output may only replace a regular file or make a new one; choose another name.");
        SpecialFiles.Kind(link).Should().Be("symbolic link");
        (await File.ReadAllTextAsync(target, TestContext.Current.CancellationToken)).Should().Be("not a draft");
        _cli.Files("out").Should().Equal("out/one.docx", "out/two.docx");
    }

    public void Dispose() => _cli.Dispose();

    private (string Template, string Data) Inputs() =>
        (_cli.Write("petition.docx", CliRun.GoodTemplate()), _cli.Write("data.json", """{"petitioner": {"name": "Ana"}}"""));
}
