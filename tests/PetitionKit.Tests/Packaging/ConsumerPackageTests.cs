using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Packaging;

/// <summary>The packages as a stranger gets them: packed into a folder feed, added to a new console project, run; and the
/// tool installed from the same feed. Slow (packing, restoring, building), so it is one test. The consumer targets net8.0, the
/// LTS release, and runs on the .NET 8 runtime: the machine has only .NET 10 installed, so the consumer is published
/// self-contained and takes the .NET 8 runtime from the package source as any restore would.</summary>
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
        Console.WriteLine($"drafted with {report.TemplateName} on .NET {Environment.Version}");
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
            await WriteConsumerProjectAsync(root, consumer, feed, cancellationToken);

            await RunAsync(consumer, environment, cancellationToken, "add", "package", "PetitionKit", "--version", Version, "--source", feed);
            var published = Path.Combine(consumer, "published");
            await RunAsync(consumer, environment, cancellationToken, "publish", "-c", "Release", "-o", published);
            var run = await RunProcessAsync(Path.Combine(published, "Consumer"), consumer, environment, cancellationToken, "petition.json", "draft.docx");

            run.Should().Contain("drafted with naturalization-1447b.docx on .NET 8.");
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

    /// <summary>A new net8.0 console project, published self-contained so it runs on the .NET 8 runtime, that sees the
    /// folder feed beside the machine's sources and nothing of the repository's build settings.</summary>
    private static async Task WriteConsumerProjectAsync(string root, string consumer, string feed, CancellationToken cancellationToken)
    {
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
                <TargetFramework>net8.0</TargetFramework>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <SelfContained>true</SelfContained>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), ConsumerProgram, cancellationToken);
        File.Copy(Path.Combine(root, "samples", "petitions", "nguyen-n400-1447b.json"), Path.Combine(consumer, "petition.json"));
    }

    private static void CheckLibraryPackages(string feed, bool inGitRepository)
    {
        CheckLibraryPackage(Path.Combine(feed, $"PetitionKit.Word.{Version}.nupkg"), "PetitionKit.Word", inGitRepository);
        CheckLibraryPackage(Path.Combine(feed, $"PetitionKit.{Version}.nupkg"), "PetitionKit", inGitRepository);
        // A consumer adds PetitionKit alone and gets the engine through its dependency; the engine depends on no PetitionKit package.
        Dependencies(Path.Combine(feed, $"PetitionKit.{Version}.nupkg")).Should().Contain("PetitionKit.Word");
        Dependencies(Path.Combine(feed, $"PetitionKit.Word.{Version}.nupkg")).Where(d => d.StartsWith("PetitionKit", StringComparison.Ordinal)).Should().BeEmpty();
        // The PDB is embedded in each assembly, so no symbols package (which would be empty) is written.
        Directory.GetFiles(feed, "*.snupkg").Should().BeEmpty();
    }

    private static void CheckLibraryPackage(string nupkg, string assembly, bool inGitRepository)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain("README.md").And.Contain("icon.png")
            .And.Contain($"lib/net8.0/{assembly}.dll").And.Contain($"lib/net8.0/{assembly}.xml")
            .And.Contain($"lib/net10.0/{assembly}.dll").And.Contain($"lib/net10.0/{assembly}.xml");
        var nuspec = Nuspec(zip);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "license")!.Attribute("type")!.Value.Should().Be("expression");
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        metadata.Element(ns + "icon")!.Value.Should().Be("icon.png");
        // Outside the repository a link to docs/… or an image in it leads nowhere: only absolute links and links to headings remain.
        using (var readme = new StreamReader(zip.GetEntry("README.md")!.Open()))
        {
            var text = readme.ReadToEnd();
            Regex.Matches(text, @"\]\((?!https?:|#)[^)]*\)", RegexOptions.None, TimeSpan.FromSeconds(10)).Select(m => m.Value).Should().BeEmpty();
            text.Should().Contain("## Quick start");
        }

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            SourcePaths(zip, $"lib/{framework}/{assembly}.dll").Should().NotBeEmpty().And.OnlyContain(path => path.StartsWith("/_/", StringComparison.Ordinal), "source paths are mapped to /_/ on every build, not only in CI");
        }
        if (inGitRepository)
        {
            metadata.Element(ns + "repository")?.Attribute("commit")?.Value.Should().MatchRegex("^[0-9a-f]{40}$");
        }
    }

    /// <summary>The source file paths recorded in the PDB embedded in a packed assembly.</summary>
    private static List<string> SourcePaths(ZipArchive zip, string entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = zip.GetEntry(entry)!.Open())
        {
            stream.CopyTo(bytes);
        }

        bytes.Position = 0;
        using var pe = new PEReader(bytes);
        var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToList();
        embedded.Should().ContainSingle($"{entry} carries its PDB");
        using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
        var reader = pdb.GetMetadataReader();
        return [.. reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name))];
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
