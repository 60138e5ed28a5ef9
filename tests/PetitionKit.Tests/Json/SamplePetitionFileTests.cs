using System.Runtime.CompilerServices;
using PetitionKit.Json;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;

namespace PetitionKit.Tests.Json;

/// <summary>A committed petition file shows the JSON format and stays in step with the model.</summary>
public sealed class SamplePetitionFileTests
{
    [Fact]
    public void Write_SamplePetition_MatchesTheCommittedFile()
    {
        var path = SamplePath();
        var written = PetitionJson.Write(SamplePetitions.Complete()) + "\n";
        if (string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, written);
        }

        File.ReadAllText(path).Should().Be(written, "run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
    }

    [Fact]
    public void Read_CommittedFile_ValidatesWithoutErrorsAgainstTheShippedCatalog()
    {
        using var stream = File.OpenRead(SamplePath());

        var petition = PetitionJson.Read(stream);

        PetitionValidator.Validate(petition, SamplePetitions.AsOf).HasErrors.Should().BeFalse();
    }

    private static string SamplePath([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "sample-petition.json");
}
