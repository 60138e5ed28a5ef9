using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PetitionKit.DependencyInjection;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.BuiltInTemplates;
using BuiltIns = PetitionKit.Templates.BuiltInTemplates;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Integration;

/// <summary><c>AddPetitionKit</c> in a real service collection, with options bound from configuration, the organization's
/// template folder, real files and the log events an app sees.</summary>
public sealed class PetitionKitServicesTests : IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("petitionkit-services-").FullName;
    private readonly CapturedLogs _logs = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task TemplateStore_FolderTemplate_CompiledOnceAndAgainWhenTheFileChanges()
    {
        var file = Path.Combine(_folder, "firm-1447b.docx");
        File.Copy(BuiltInTemplatePath(BuiltIns.Naturalization1447b), file);
        using var provider = Services();
        var store = provider.GetRequiredService<IPetitionTemplateStore>();

        store.ListIds().Should().Contain("firm-1447b").And.Contain(BuiltIns.All);
        var first = await store.GetAsync("firm-1447b", TestContext.Current.CancellationToken);
        var again = await store.GetAsync("firm-1447b", TestContext.Current.CancellationToken);
        again.Should().BeSameAs(first);
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddMinutes(1));
        var changed = await store.GetAsync("firm-1447b", TestContext.Current.CancellationToken);

        changed.Should().NotBeSameAs(first);
        _logs.Events.Where(e => string.Equals(e.EventName, "TemplateCompiled", StringComparison.Ordinal)).Select(e => e.Message[..e.Message.IndexOf(" in ", StringComparison.Ordinal)])
            .Should().Equal("Compiled template firm-1447b from folder", "Compiled template firm-1447b from folder");
    }

    [Fact]
    public async Task TemplateStore_IdThatIsAPathOrUnknown_IsNotFoundAndNamesTheIds()
    {
        using var provider = Services();
        var store = provider.GetRequiredService<IPetitionTemplateStore>();

        var act = async () => await store.GetAsync("../uscis-delay", TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<KeyNotFoundException>()).Which.Message.Should()
            .Be("No template has the id '../uscis-delay'. The ids are: consular-delay, foia, naturalization-1447b, uscis-delay.");
    }

    [Fact]
    public async Task Drafter_ValidPetition_WritesTheFileAndLogsNoPetitionContent()
    {
        using var provider = Services();
        var drafter = provider.GetRequiredService<IPetitionDrafter>();
        var path = Path.Combine(_folder, "draft.docx");

        var report = await drafter.DraftToFileAsync(await SamplePetitionAsync(), path, asOf: AsOf, cancellationToken: TestContext.Current.CancellationToken);

        report.TemplateName.Should().Be("naturalization-1447b.docx");
        OpenXmlValidation.ShouldBeValid(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Directory.GetFiles(_folder).Should().Equal(path);
        _logs.Events.Should().Contain(e => string.Equals(e.EventName, "DraftWritten", StringComparison.Ordinal) && e.Message.StartsWith("Drafted with template naturalization-1447b: ", StringComparison.Ordinal));
        _logs.Events.Select(e => e.Message).Should().NotContain(m => m.Contains("Nguyen", StringComparison.Ordinal) || m.Contains("A000000301", StringComparison.Ordinal) || m.Contains("Seattle", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drafter_FirmDataFromConfiguration_ReachesTheOrganizationsTemplate()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder, "letterhead.docx"), Docx.Package(Docx.Paragraph("{{ firm.name }}: petition for ", "{{ petitioners[0].name }}")), TestContext.Current.CancellationToken);
        using var provider = Services();
        var drafter = provider.GetRequiredService<IPetitionDrafter>();
        using var draft = new MemoryStream();

        await drafter.DraftAsync(await SamplePetitionAsync(), draft, "letterhead", AsOf, TestContext.Current.CancellationToken);

        DocxText.DraftParagraphs(draft.ToArray()).Should().Contain(p => p.StartsWith("Piedmont Legal Aid: petition for ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Drafter_InvalidPetition_LeavesNoFileKeepsTheOldDraftAndLogsTheCodes()
    {
        using var provider = Services();
        var drafter = provider.GetRequiredService<IPetitionDrafter>();
        var path = Path.Combine(_folder, "draft.docx");
        await File.WriteAllTextAsync(path, "yesterday's draft", TestContext.Current.CancellationToken);
        var petition = await SamplePetitionAsync("\"a_number\": \"A000000301\"", "\"a_number\": \"A12\"");

        var act = () => drafter.DraftToFileAsync(petition, path, asOf: AsOf, cancellationToken: TestContext.Current.CancellationToken);

        var refused = (await act.Should().ThrowAsync<PetitionValidationException>()).Which.Report;
        Directory.GetFiles(_folder).Should().Equal(path);
        (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).Should().Be("yesterday's draft");
        var codes = refused.Issues.Where(i => i.Severity == DiagnosticSeverity.Error).Select(i => i.Code).Distinct(StringComparer.Ordinal).ToList();
        _logs.Events.Should().ContainSingle(e => string.Equals(e.EventName, "ValidationRefused", StringComparison.Ordinal)).Which.Message.Should()
            .Be($"Refused a petition with {codes.Count} errors: {string.Join(",", codes)}");
    }

    [Fact]
    public async Task Drafter_NoNewFileOnADirectDraftToFileThatFails()
    {
        var path = Path.Combine(_folder, "never.docx");
        var petition = await SamplePetitionAsync("\"a_number\": \"A000000301\"", "\"a_number\": \"A12\"");

        var act = () => PetitionDrafter.DraftToFileAsync(petition, BuiltIns.Get(BuiltIns.Naturalization1447b), path, new RenderOptions { AsOf = AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        await act.Should().ThrowAsync<PetitionValidationException>();
        Directory.GetFileSystemEntries(_folder).Should().BeEmpty("neither a 0-byte draft nor the temporary file is left behind");
    }

    internal static string BuiltInTemplatePath(string id) => Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "templates", id, "template.docx");

    internal static async Task<Petition> SamplePetitionAsync(string? replace = null, string? with = null)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", "nguyen-n400-1447b.json"));
        if (replace is not null)
        {
            json.Should().Contain(replace);
            json = json.Replace(replace, with, StringComparison.Ordinal);
        }

        return PetitionJson.Read(json);
    }

    private ServiceProvider Services()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(StringComparer.Ordinal) { ["PetitionKit:TemplateFolder"] = _folder, ["PetitionKit:MaxOutputCharacters"] = "8000000", ["PetitionKit:Firm:name"] = "Piedmont Legal Aid" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs));
        services.Configure<PetitionKitOptions>(configuration.GetSection("PetitionKit"));
        services.AddPetitionKit();
        return services.BuildServiceProvider();
    }
}
