using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Packaging;

/// <summary>The packages as a stranger gets them: packed into a folder feed, added to a new console project, run; and the
/// tool installed from the same feed. Slow (packing, restoring, building), so it is one test.</summary>
public sealed class ConsumerPackageTests
{
    private const string Version = "0.1.0";

    private const string ConsumerProgram = """
        using PetitionKit;
        using PetitionKit.Json;
        using PetitionKit.Templates;
        using PetitionKit.Word;

        var petition = PetitionJson.Read(File.ReadAllText(args[0]));
        var template = BuiltInTemplates.Get(BuiltInTemplates.ForCaseType(petition.CaseType)!);
        await using var output = File.Create(args[1]);
        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = new DateOnly(2026, 6, 1) });
        Console.WriteLine($"drafted with {report.TemplateName}");
        """;

    [Fact]
    public async Task PackedPackages_ConsumerProjectAndTool_DraftAndRunFromALocalFeed()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("petitionkit-consumer-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            // A private package cache, so a 0.1.0 cached by an earlier run cannot stand in for the one packed now.
            var environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["NUGET_PACKAGES"] = Path.Combine(work, "packages"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
            foreach (var project in new[] { "src/PetitionKit.Word/PetitionKit.Word.csproj", "src/PetitionKit/PetitionKit.csproj", "src/PetitionKit.Cli/PetitionKit.Cli.csproj" })
            {
                await RunAsync(root, environment, cancellationToken, "pack", Path.Combine(root, project), "-c", "Release", "-o", feed);
            }

            CheckLibraryPackages(feed, Directory.Exists(Path.Combine(root, ".git")) || File.Exists(Path.Combine(root, ".git")));

            var consumer = Path.Combine(work, "consumer");
            Directory.CreateDirectory(consumer);
            // Empty props files stop the search upward, so no Directory.*.props from above applies to the consumer.
            await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Build.props"), "<Project />\n", cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Directory.Packages.props"), "<Project />\n", cancellationToken);
            // Adds the folder feed and keeps the sources the machine is configured with (no <clear />, no URL).
            await File.WriteAllTextAsync(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="petitionkit-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                </Project>
                """, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram, cancellationToken);
            File.Copy(Path.Combine(root, "samples", "petitions", "nguyen-n400-1447b.json"), Path.Combine(consumer, "petition.json"));

            await RunAsync(consumer, environment, cancellationToken, "add", "package", "PetitionKit", "--version", Version, "--source", feed);
            var run = await RunAsync(consumer, environment, cancellationToken, "run", "--", "petition.json", "draft.docx");

            run.Should().Contain("drafted with naturalization-1447b.docx");
            var draft = Path.Combine(consumer, "draft.docx");
            File.Exists(draft).Should().BeTrue();
            OpenXmlValidation.ShouldBeValid(await File.ReadAllBytesAsync(draft, cancellationToken));

            var tools = Path.Combine(work, "tools");
            await RunAsync(work, environment, cancellationToken, "tool", "install", "--tool-path", tools, "PetitionKit.Cli", "--add-source", feed, "--version", Version);
            var listing = await RunProcessAsync(Path.Combine(tools, "petitionkit"), work, environment, cancellationToken, "templates");
            listing.Should().Contain("uscis-delay").And.Contain("naturalization-1447b").And.Contain("consular-delay").And.Contain("foia");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CheckLibraryPackages(string feed, bool inGitRepository)
    {
        CheckLibraryPackage(Path.Combine(feed, $"PetitionKit.Word.{Version}.nupkg"), "PetitionKit.Word", inGitRepository);
        CheckLibraryPackage(Path.Combine(feed, $"PetitionKit.{Version}.nupkg"), "PetitionKit", inGitRepository);
        // A consumer adds PetitionKit alone and gets the engine through its dependency; the engine depends on no PetitionKit package.
        Dependencies(Path.Combine(feed, $"PetitionKit.{Version}.nupkg")).Should().Contain("PetitionKit.Word");
        Dependencies(Path.Combine(feed, $"PetitionKit.Word.{Version}.nupkg")).Where(d => d.StartsWith("PetitionKit", StringComparison.Ordinal)).Should().BeEmpty();
    }

    private static void CheckLibraryPackage(string nupkg, string assembly, bool inGitRepository)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain("README.md").And.Contain($"lib/net10.0/{assembly}.dll").And.Contain($"lib/net10.0/{assembly}.xml");
        var nuspec = Nuspec(zip);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        if (inGitRepository)
        {
            metadata.Element(ns + "repository")?.Attribute("commit")?.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        }
    }

    /// <summary>The ids of the packages a package depends on.</summary>
    private static List<string> Dependencies(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var nuspec = Nuspec(zip);
        return [.. nuspec.Descendants(nuspec.Root!.Name.Namespace + "dependency").Select(d => (string)d.Attribute("id")!)];
    }

    private static XDocument Nuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static Task<string> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] arguments) =>
        RunProcessAsync("dotnet", workingDirectory, environment, cancellationToken, arguments);

    private static async Task<string> RunProcessAsync(string fileName, string workingDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = new StringBuilder().Append(await output).Append(await error).ToString();
        process.ExitCode.Should().Be(0, $"{fileName} {string.Join(' ', arguments)} failed:\n{text}");
        return text;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PetitionKit.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("PetitionKit.sln was not found above the test binaries.");
    }
}
