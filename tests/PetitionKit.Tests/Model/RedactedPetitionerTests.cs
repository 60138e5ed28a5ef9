using PetitionKit.Model;

namespace PetitionKit.Tests.Model;

public sealed class RedactedPetitionerTests
{
    private static readonly Petitioner Adult = new()
    {
        Name = "Maria Lopez",
        ANumber = "A123456789",
        DateOfBirth = new DateOnly(1985, 4, 9),
        Ssn = "123-45-6789",
        Residence = new PostalAddress { County = "Alameda", State = "CA" },
    };

    [Fact]
    public void Create_Defaults_KeepsOnlyWhatRule52Allows()
    {
        var redacted = RedactedPetitioner.Create(Adult);

        redacted.DisplayName.Should().Be("Maria Lopez");
        redacted.BirthYear.Should().Be(1985);
        redacted.SsnLastFour.Should().Be("6789");
        redacted.ANumber.Should().Be("AXXX-XXX-789");
        redacted.County.Should().Be("Alameda");
        redacted.RawName.Should().BeNull();
        redacted.RawDateOfBirth.Should().BeNull();
        redacted.RawSsn.Should().BeNull();
    }

    [Fact]
    public void Create_Minor_UsesInitials()
    {
        var redacted = RedactedPetitioner.Create(Adult with { Name = "Ana-Sofia  maria Lopez", IsMinor = true });

        redacted.DisplayName.Should().Be("A.S.M.L.");
        redacted.IsMinor.Should().BeTrue();
    }

    [Fact]
    public void Create_Pseudonym_WinsOverNameAndInitials()
    {
        var redacted = RedactedPetitioner.Create(Adult with { Pseudonym = "Jane Doe", IsMinor = true });

        redacted.DisplayName.Should().Be("Jane Doe");
    }

    [Fact]
    public void Create_RawValuesOptedIn_ExposesThemBesideTheRedactedOnes()
    {
        var options = new RedactionOptions { IncludeRawValues = true, ANumberMasking = ANumberMasking.Full };

        var redacted = RedactedPetitioner.Create(Adult with { IsMinor = true }, options);

        redacted.DisplayName.Should().Be("M.L.");
        redacted.RawName.Should().Be("Maria Lopez");
        redacted.RawDateOfBirth.Should().Be(new DateOnly(1985, 4, 9));
        redacted.RawSsn.Should().Be("123-45-6789");
        redacted.ANumber.Should().Be("A123-456-789");
    }

    [Fact]
    public void Create_UnparseableANumber_ShowsNothingRatherThanTheRawText()
    {
        var redacted = RedactedPetitioner.Create(Adult with { ANumber = "12", Ssn = "12" });

        redacted.ANumber.Should().BeNull();
        redacted.SsnLastFour.Should().BeNull();
    }
}
