using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.Packaging;

/// <summary>The packages as a stranger gets them: packed into a folder feed, added to a new ASP.NET Core app wired as the
/// README's "Use it from an ASP.NET Core app" shows (AddPetitionKit, the JSON contract, problem details), started on
/// loopback and sent petitions over HTTP; and the tool installed from the same feed. Slow (packing, restoring,
/// building), so it is one test. The app targets net8.0, the LTS release, and runs on the .NET 8 runtime: the machine
/// has only .NET 10 installed, so the app is published self-contained and takes the .NET 8 and ASP.NET Core 8 runtimes
/// from the package source as any restore would.</summary>
public sealed class ConsumerPackageTests
{
    private const string Version = "0.1.0";

    // The README's app, with a fixed draft date and loopback on a free port, saying where it listens once started.
    private const string ConsumerProgram = """
        using Microsoft.AspNetCore.Diagnostics;
        using Microsoft.AspNetCore.Hosting.Server;
        using Microsoft.AspNetCore.Hosting.Server.Features;
        using PetitionKit;
        using PetitionKit.DependencyInjection;
        using PetitionKit.Json;
        using PetitionKit.Model;

        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.Configure<PetitionKitOptions>(builder.Configuration.GetSection("PetitionKit"));
        builder.Services.AddPetitionKit();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, PetitionJson.TypeInfoResolver));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = async context =>
        {
            if (context.Features.Get<IExceptionHandlerFeature>()?.Error is PetitionValidationException refused)
            {
                var problem = refused.Report.ToProblem();
                context.Response.StatusCode = problem.Status;
                await context.Response.WriteAsJsonAsync(problem, PetitionJson.SerializerOptions, "application/problem+json");
            }
        } });
        app.MapPost("/drafts", async (Petition petition, IPetitionDrafter drafter, CancellationToken cancellationToken) =>
        {
            using var draft = new MemoryStream();
            var report = await drafter.DraftAsync(petition, draft, asOf: new DateOnly(2026, 6, 1), cancellationToken: cancellationToken);
            return Results.File(draft.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", report.TemplateName);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"listening on {address} with .NET {Environment.Version}");
        await app.WaitForShutdownAsync();
        """;

    // A console app published trimmed: every function a built-in template calls (text.*, cite, review_item) must survive
    // the trimmer, or the draft fails or prints gaps.
    private const string TrimmedProgram = """
        using PetitionKit;
        using PetitionKit.Json;
        using PetitionKit.Templates;
        using PetitionKit.Word;

        foreach (var file in Directory.GetFiles(args[0], "*.json").Order(StringComparer.Ordinal))
        {
            await using var input = File.OpenRead(file);
            var petition = await PetitionJson.ReadAsync(input);
            await using var output = File.Create(Path.Combine(args[1], Path.ChangeExtension(Path.GetFileName(file), ".docx")));
            var template = BuiltInTemplates.Get(BuiltInTemplates.ForCaseType(petition.CaseType)!);
            var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = new DateOnly(2026, 6, 1) });
            Console.WriteLine($"drafted {Path.GetFileName(file)} with {report.TemplateName} on .NET {Environment.Version}");
        }
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
            await DraftOverHttpAsync(Path.Combine(published, "Consumer"), consumer, environment, cancellationToken);

            await PublishTrimmedAndDraftAsync(root, Path.Combine(work, "trimmed"), feed, environment, cancellationToken);

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

    /// <summary>Publishes a net8.0 console app trimmed and self-contained from the folder feed, with every trim warning
    /// shown one by one (none may appear), then drafts a sample petition with it: the libraries declare themselves
    /// trimmable and AOT-compatible, and this is where that claim is tested.</summary>
    private static async Task PublishTrimmedAndDraftAsync(string root, string consumer, string feed, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        await WriteIsolatedFolderAsync(consumer, feed, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Trimmed.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <RuntimeIdentifier>linux-x64</RuntimeIdentifier>
                <SelfContained>true</SelfContained>
                <PublishTrimmed>true</PublishTrimmed>
                <TrimMode>full</TrimMode>
                <!-- Each warning on its own line, not folded into one per assembly. -->
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Program.cs"), TrimmedProgram, cancellationToken);
        await RunAsync(consumer, environment, cancellationToken, "add", "package", "PetitionKit", "--version", Version, "--source", feed);
        var published = Path.Combine(consumer, "published");
        var log = await RunAsync(consumer, environment, cancellationToken, "publish", "-c", "Release", "-o", published);
        Regex.Matches(log, @"warning IL\d{4}[^\r\n]*", RegexOptions.None, TimeSpan.FromSeconds(10)).Select(m => m.Value).Should().BeEmpty("a trimmed app using PetitionKit publishes without trim warnings");

        // Every sample, so every built-in template and every function they call runs trimmed; each draft must read word
        // for word as the untrimmed library drafts it here.
        var samples = Path.Combine(root, "samples", "petitions");
        var drafts = Directory.CreateDirectory(Path.Combine(consumer, "drafts")).FullName;
        var said = await RunProcessAsync(Path.Combine(published, "Trimmed"), consumer, environment, cancellationToken, samples, drafts);
        said.Should().Contain("drafted okafor-family-i485.json with uscis-delay.docx on .NET 8.");
        foreach (var sample in Directory.GetFiles(samples, "*.json"))
        {
            var trimmed = await File.ReadAllBytesAsync(Path.Combine(drafts, Path.ChangeExtension(Path.GetFileName(sample), ".docx")), cancellationToken);
            OpenXmlValidation.ShouldBeValid(trimmed);
            DocxText.Body(trimmed).Should().Be(DocxText.Body(await DraftInProcessAsync(sample, cancellationToken)), $"{Path.GetFileName(sample)} drafts the same text trimmed");
        }
    }

    private static async Task<byte[]> DraftInProcessAsync(string sample, CancellationToken cancellationToken)
    {
        await using var input = File.OpenRead(sample);
        var petition = await PetitionKit.Json.PetitionJson.ReadAsync(input, cancellationToken);
        using var output = new MemoryStream();
        var template = PetitionKit.Templates.BuiltInTemplates.Get(PetitionKit.Templates.BuiltInTemplates.ForCaseType(petition.CaseType)!);
        await PetitionDrafter.DraftAsync(petition, template, output, new PetitionKit.Word.RenderOptions { AsOf = new DateOnly(2026, 6, 1) }, cancellationToken: cancellationToken);
        return output.ToArray();
    }

    /// <summary>Starts the published app, posts a sample petition and a petition with errors to it, and stops it.</summary>
    private static async Task DraftOverHttpAsync(string app, string workingDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(app) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        try
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            string? line;
            using (var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                startup.CancelAfter(TimeSpan.FromMinutes(1));
                while ((line = await process.StandardOutput.ReadLineAsync(startup.Token)) is not null && !line.StartsWith("listening on ", StringComparison.Ordinal))
                {
                }
            }

            line.Should().NotBeNull($"the app must start:\n{(process.HasExited ? await errors : string.Empty)}");
            line.Should().Contain("with .NET 8.", "the app runs on the LTS runtime");
            var address = new Uri(line!["listening on ".Length..].Split(' ')[0]);
            address.IsLoopback.Should().BeTrue();

            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
            var petition = await File.ReadAllTextAsync(Path.Combine(workingDirectory, "petition.json"), cancellationToken);
            using var drafted = await http.PostAsync("/drafts", new StringContent(petition, Encoding.UTF8, "application/json"), cancellationToken);
            drafted.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, await drafted.Content.ReadAsStringAsync(cancellationToken));
            drafted.Content.Headers.ContentDisposition!.FileName.Should().Be("naturalization-1447b.docx");
            var docx = await drafted.Content.ReadAsByteArrayAsync(cancellationToken);
            OpenXmlValidation.ShouldBeValid(docx);
            DocxText.Body(docx).Should().Contain("Attorney review checklist — remove before filing");

            // Two errors at once, each with its code and path, as problem details.
            var broken = petition.Replace("\"court_id\": \"", "\"court_id\": \"zz-", StringComparison.Ordinal)
                .Replace("\"a_number\": \"", "\"a_number\": \"12", StringComparison.Ordinal);
            using var refused = await http.PostAsync("/drafts", new StringContent(broken, Encoding.UTF8, "application/json"), cancellationToken);
            refused.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
            refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            using var problem = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(cancellationToken));
            var issues = problem.RootElement.GetProperty("issues").EnumerateArray()
                .Select(i => (Code: i.GetProperty("code").GetString()!, Path: i.GetProperty("path").GetString()!)).ToList();
            issues.Select(i => i.Path).Should().Contain("court.court_id").And.Contain("petitioners[0].a_number");
            issues.Should().OnlyContain(i => i.Code.StartsWith("PK", StringComparison.Ordinal));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>A new net8.0 ASP.NET Core project, published self-contained so it runs on the .NET 8 runtime, that sees
    /// the folder feed beside the machine's sources and nothing of the repository's build settings.</summary>
    private static async Task WriteConsumerProjectAsync(string root, string consumer, string feed, CancellationToken cancellationToken)
    {
        await WriteIsolatedFolderAsync(consumer, feed, cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(consumer, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
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

    /// <summary>A new folder that sees the folder feed beside the machine's sources and nothing of the repository's build
    /// settings.</summary>
    private static async Task WriteIsolatedFolderAsync(string consumer, string feed, CancellationToken cancellationToken)
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
