using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Tests.Catalogs;

public sealed class ReceiptOfficesTests
{
    [Theory]
    [InlineData("EAC", "Vermont Service Center", "Director, Vermont Service Center")]
    [InlineData("VSC", "Vermont Service Center", "Director, Vermont Service Center")]
    [InlineData("WAC", "California Service Center", "Director, California Service Center")]
    [InlineData("CSC", "California Service Center", "Director, California Service Center")]
    [InlineData("LIN", "Nebraska Service Center", "Director, Nebraska Service Center")]
    [InlineData("NSC", "Nebraska Service Center", "Director, Nebraska Service Center")]
    [InlineData("SRC", "Texas Service Center", "Director, Texas Service Center")]
    [InlineData("TSC", "Texas Service Center", "Director, Texas Service Center")]
    [InlineData("YSC", "Potomac Service Center", "Director, Potomac Service Center")]
    [InlineData("MSC", "National Benefits Center", "Director, National Benefits Center")]
    [InlineData("NBC", "National Benefits Center", "Director, National Benefits Center")]
    public void Find_VerifiedCenterPrefix_ReturnsTheOfficeAndItsDirector(string prefix, string office, string title)
    {
        var found = ReceiptOffices.Find(prefix);

        found.Should().NotBeNull();
        found!.OfficeName.Should().Be(office);
        found.DefaultOfficialTitle.Should().Be(title);
        found.VerificationTag.Should().Be(VerificationStatus.Verified);
    }

    [Fact]
    public void Find_Elis_ReturnsAnOfficeWithNoDirectorToGuess()
    {
        var found = ReceiptOffices.Find("IOE");

        found!.OfficeName.Should().Contain("ELIS");
        found.DefaultOfficialTitle.Should().BeNull();
        found.OfficialRole.Should().BeNull();
    }

    [Theory]
    [InlineData("ZAR", "Arlington Asylum Office")]
    [InlineData("ZNK", "Newark Asylum Office")]
    [InlineData("ZSF", "San Francisco Asylum Office")]
    public void Find_AsylumPrefix_IsSecondaryOnlyAndSuppliesNoPleadingTitle(string prefix, string office)
    {
        var found = ReceiptOffices.Find(prefix);

        found!.OfficeName.Should().Be(office);
        found.VerificationTag.Should().Be(VerificationStatus.SecondaryOnly);
        found.DefaultOfficialTitle.Should().BeNull();
        found.OfficialRole.Should().Be(OfficialRole.AsylumOfficeDirector);
    }

    [Theory]
    [InlineData("PSC")] // named as Potomac by one third-party page only
    [InlineData("ABC")]
    [InlineData("EA")]
    [InlineData("")]
    public void Find_UnknownPrefix_ReturnsNull(string prefix)
    {
        var found = ReceiptOffices.Find(prefix);

        found.Should().BeNull();
    }

    [Fact]
    public void Find_LowerCase_FindsTheOffice()
    {
        var found = ReceiptOffices.Find("eac");

        found!.Prefix.Should().Be("EAC");
    }

    [Theory]
    [InlineData("EAC-22-123-45678", "EAC")]
    [InlineData("wac 22 123 45678", "WAC")]
    [InlineData("IOE0912345678", "IOE")]
    public void ForReceiptNumber_PrintedNumber_FindsItsPrefix(string receiptNumber, string prefix)
    {
        var found = ReceiptOffices.ForReceiptNumber(receiptNumber);

        found!.Prefix.Should().Be(prefix);
    }

    [Theory]
    [InlineData("PSC2212345678")]
    [InlineData("1234567890123")]
    [InlineData("E")]
    [InlineData("EAC")]                // a prefix alone is not a receipt number: the model's parser refuses it too
    [InlineData("EAC22123456789")]     // fourteen characters, which no receipt number has
    [InlineData("EAC-22-123-4567X")]
    public void ForReceiptNumber_UnknownOrMalformed_ReturnsNull(string receiptNumber)
    {
        var found = ReceiptOffices.ForReceiptNumber(receiptNumber);

        found.Should().BeNull();
    }

    [Fact]
    public void All_Always_HoldsTheBriefsTwentyPrefixesOnce()
    {
        var prefixes = ReceiptOffices.All.Select(o => o.Prefix).ToList();

        prefixes.Should().HaveCount(20).And.OnlyHaveUniqueItems();
        prefixes.Should().OnlyContain(p => p.Length == 3 && p.All(char.IsAsciiLetterUpper));
        ReceiptOffices.All.Should().OnlyContain(o => o.Source.Length > 0 && o.Notes.Length > 0);
        ReceiptOffices.VerifiedOn.Should().Be(new DateOnly(2026, 6, 20));
    }
}
