using PetitionKit.Json;
using PetitionKit.Samples;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Validation;
using PetitionKit.Word;
using Spectre.Console;

namespace PetitionKit.Tests.Samples;

/// <summary>The sample generator as CI runs it: every sample drafts, validates and is deterministic.</summary>
public sealed class SampleGeneratorTests
{
    [Fact]
    public async Task RunAsync_AllSamples_WritesAValidDraftForEachWithoutGapsInTheCompleteOnes()
    {
        var output = Directory.CreateTempSubdirectory("petitionkit-samples-");
        try
        {
            var log = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(log), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });

            var exitCode = await SampleGenerator.RunAsync(output, SamplePetitions.AsOf, console, interactive: false, TestContext.Current.CancellationToken);

            exitCode.Should().Be(0, log.ToString());
            var jobs = SampleJobs.All(SampleFolder.Locate(), SamplePetitions.AsOf);
            jobs.Should().HaveCountGreaterThanOrEqualTo(2 + (2 * SamplePetitions.All.Count));
            foreach (var job in jobs)
            {
                var path = Path.Combine(output.FullName, job.FileName);
                File.Exists(path).Should().BeTrue(job.FileName);
                OpenXmlValidation.Errors(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).Should().BeEmpty(job.FileName);
            }

            foreach (var sample in SamplePetitions.All)
            {
                var fromJson = await File.ReadAllBytesAsync(Path.Combine(output.FullName, sample.Name + ".docx"), TestContext.Current.CancellationToken);
                var fromCSharp = await File.ReadAllBytesAsync(Path.Combine(output.FullName, sample.Name + SampleJobs.CSharpSuffix), TestContext.Current.CancellationToken);
                fromCSharp.Should().Equal(fromJson, $"{sample.Name}: the C# and JSON petitions must give the same bytes");
                if (sample.IsComplete)
                {
                    DocxText.DraftParagraphs(fromJson).Should().NotContain(p => p.Contains("[MISSING:", StringComparison.Ordinal), sample.Name);
                }
            }

            var packet = Path.Combine(output.FullName, SamplePacket.FolderName);
            Directory.GetFiles(packet).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal(
                "01-complaint.docx", "02-civil-cover-sheet-worksheet.docx", "03-summons-1.docx", "03-summons-2.docx", "03-summons-3.docx",
                "04-service-plan.docx", "05-proposed-order.docx", "06-verification-1.docx", "07-exhibit-cover-sheets.docx", "08-deadlines.docx");
            (await File.ReadAllBytesAsync(Path.Combine(packet, "01-complaint.docx"), TestContext.Current.CancellationToken))
                .Should().Equal(await File.ReadAllBytesAsync(Path.Combine(output.FullName, SamplePacket.SampleName + ".docx"), TestContext.Current.CancellationToken),
                    "the packet's complaint is the sample's draft");
            log.ToString().Should().Contain($"wrote {SamplePacket.FolderName}/ (10 packet documents)");
            log.ToString().Should().Contain("drafts written.").And.Contain("uscis-delay").And.Contain("citation");
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void All_EachSample_IsValidOnTheSampleDateAndCoversEveryBuiltInTemplate()
    {
        foreach (var sample in SamplePetitions.All)
        {
            var report = PetitionValidator.Validate(sample.Petition, SamplePetitions.AsOf);
            report.HasErrors.Should().BeFalse($"{sample.Name}: {report}");
        }

        SamplePetitions.All.Select(s => PetitionKit.Templates.BuiltInTemplates.ForCaseType(s.Petition.CaseType))
            .Should().Contain(PetitionKit.Templates.BuiltInTemplates.All);
    }

    [Fact]
    public async Task Draft_FoiaSample_ListsItsComputedWorkingDayDateToConfirm()
    {
        var sample = SamplePetitions.All.First(s => string.Equals(s.Name, "mensah-foia-a-file", StringComparison.Ordinal));
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(sample.Petition, PetitionKit.Templates.BuiltInTemplates.Get("foia"), output,
            new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var deadlines = report.Checklist.Where(i => i.Category == PetitionKit.Word.Drafting.ChecklistCategory.Deadline).Select(i => i.Text).ToList();
        // September 15, 2025 + 20 working days, skipping Columbus Day (October 13).
        deadlines.Should().Contain(text => text.StartsWith("FOIA determination date: computed as October 14, 2025", StringComparison.Ordinal));
        deadlines.Should().NotContain(text => text.Contains("does not count", StringComparison.Ordinal) || text.Contains("has not started", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_EachCSharpSample_MatchesItsJsonFile()
    {
        var folder = Path.Combine(SampleFolder.Locate(), "petitions");
        Directory.GetFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)
            .Should().Equal(SamplePetitions.All.Select(s => s.Name).Order(StringComparer.Ordinal));
        foreach (var sample in SamplePetitions.All)
        {
            var path = Path.Combine(folder, sample.Name + ".json");
            var written = PetitionJson.Write(sample.Petition) + "\n";
            if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
            {
                File.WriteAllText(path, written);
            }

            File.ReadAllText(path).Should().Be(written, $"{sample.Name}: run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
            PetitionJson.Read(File.ReadAllText(path)).Should().BeEquivalentTo(sample.Petition);
        }
    }
}
