using PetitionKit.Catalogs;

namespace PetitionKit.Tests.Catalogs;

public sealed class FederalDistrictsTests
{
    // States with one district, as the catalog lists them (docs/legal-rules.md#venue).
    private static readonly string[] SingleDistrictStates =
    [
        "AK", "AZ", "CO", "CT", "DE", "HI", "ID", "KS", "ME", "MD", "MA", "MN", "MT",
        "NE", "NV", "NH", "NJ", "NM", "ND", "OR", "RI", "SC", "SD", "UT", "VT", "WY",
    ];

    [Fact]
    public void All_Always_HoldsNinetyFourDistrictsWithUniqueIds()
    {
        var districts = FederalDistricts.All;

        districts.Should().HaveCount(94);
        districts.Select(d => d.CourtId).Should().OnlyHaveUniqueItems();
        districts.Should().OnlyContain(d => d.CourtId.Length > 0 && d.CourtId.All(char.IsAsciiLetterLower));
    }

    [Fact]
    public void All_Always_KeepsTheBriefsOrder()
    {
        var ids = FederalDistricts.All.Select(d => d.CourtId).ToList();

        ids[0].Should().Be("alnd");
        ids[14].Should().Be("dcd");
        ids[90..].Should().Equal("prd", "gud", "nmid", "vid");
    }

    [Theory]
    [InlineData("ilnd", "NORTHERN DISTRICT OF ILLINOIS", "N.D. Ill.", 7, "Seventh Circuit", "IL")]
    [InlineData("dcd", "DISTRICT OF COLUMBIA", "D.D.C.", 12, "D.C. Circuit", "DC")]
    [InlineData("cand", "NORTHERN DISTRICT OF CALIFORNIA", "N.D. Cal.", 9, "Ninth Circuit", "CA")]
    [InlineData("nysd", "SOUTHERN DISTRICT OF NEW YORK", "S.D.N.Y.", 2, "Second Circuit", "NY")]
    [InlineData("vtd", "DISTRICT OF VERMONT", "D. Vt.", 2, "Second Circuit", "VT")] // courts-db wrongly says circuit 1
    [InlineData("txsd", "SOUTHERN DISTRICT OF TEXAS", "S.D. Tex.", 5, "Fifth Circuit", "TX")]
    [InlineData("wvnd", "NORTHERN DISTRICT OF WEST VIRGINIA", "N.D.W. Va.", 4, "Fourth Circuit", "WV")]
    [InlineData("mad", "DISTRICT OF MASSACHUSETTS", "D. Mass.", 1, "First Circuit", "MA")]
    [InlineData("flsd", "SOUTHERN DISTRICT OF FLORIDA", "S.D. Fla.", 11, "Eleventh Circuit", "FL")]
    [InlineData("prd", "DISTRICT OF PUERTO RICO", "D.P.R.", 1, "First Circuit", "PR")]
    [InlineData("gud", "DISTRICT OF GUAM", "D. Guam", 9, "Ninth Circuit", "GU")]
    [InlineData("nmid", "DISTRICT OF THE NORTHERN MARIANA ISLANDS", "D.N. Mar. I.", 9, "Ninth Circuit", "MP")]
    [InlineData("vid", "DISTRICT OF THE VIRGIN ISLANDS", "D.V.I.", 3, "Third Circuit", "VI")]
    public void Find_KnownCourtId_ReturnsTheBriefsCaptionBluebookAndCircuit(
        string courtId, string caption, string bluebook, int circuit, string circuitName, string state)
    {
        var district = FederalDistricts.Find(courtId);

        district.Should().NotBeNull();
        district!.CaptionName.Should().Be(caption);
        district.Bluebook.Should().Be(bluebook);
        district.Circuit.Should().Be(circuit);
        district.CircuitName.Should().Be(circuitName);
        district.State.Should().Be(state);
    }

    [Theory]
    [InlineData("ILND")]
    [InlineData(" ilnd ")]
    public void Find_OtherCaseOrSpacing_FindsTheDistrict(string courtId)
    {
        var district = FederalDistricts.Find(courtId);

        district!.CourtId.Should().Be("ilnd");
    }

    [Theory]
    [InlineData("okd")] // historic Oklahoma district in courts-db
    [InlineData("usdistct")]
    [InlineData("")]
    public void Find_UnknownCourtId_ReturnsNull(string courtId)
    {
        var district = FederalDistricts.Find(courtId);

        district.Should().BeNull();
    }

    [Fact]
    public void ForState_NewYork_ReturnsItsFourDistrictsInOrder()
    {
        var districts = FederalDistricts.ForState("ny");

        districts.Select(d => d.CourtId).Should().Equal("nynd", "nysd", "nyed", "nywd");
    }

    [Fact]
    public void ForState_SingleDistrictStates_ReturnOneDistrictEach()
    {
        var counts = SingleDistrictStates.Select(s => FederalDistricts.ForState(s).Count);

        counts.Should().AllBeEquivalentTo(1);
        FederalDistricts.All.Select(d => d.State).Distinct(StringComparer.Ordinal).Should().HaveCount(50 + 1 + 4);
    }

    [Fact]
    public void ForState_UnknownCode_ReturnsEmpty()
    {
        var districts = FederalDistricts.ForState("ZZ");

        districts.Should().BeEmpty();
    }

    [Fact]
    public void All_Always_HasACircuitAndStateNameForEveryDistrict()
    {
        var districts = FederalDistricts.All;

        districts.Should().OnlyContain(d => d.Circuit >= 1 && d.Circuit <= FederalDistricts.DistrictOfColumbiaCircuit);
        districts.Should().OnlyContain(d => d.State.Length == 2 && d.StateName.Length > 0);
        districts.Where(d => d.Circuit == FederalDistricts.DistrictOfColumbiaCircuit).Select(d => d.CourtId)
            .Should().Equal("dcd");
    }

    [Fact]
    public void All_Divisions_AreCarriedOnlyWithTheirSource()
    {
        var withDivisions = FederalDistricts.All.Where(d => d.Divisions.Count > 0).ToList();

        withDivisions.Should().OnlyContain(d => !string.IsNullOrWhiteSpace(d.DivisionsSource));
        FederalDistricts.Find("cand")!.Divisions.Should().Contain("San Jose");
    }

    [Fact]
    public void Metadata_Always_CarriesSourceDateAndPerFieldVerification()
    {
        FederalDistricts.VerifiedOn.Should().Be(new DateOnly(2026, 6, 20));
        FederalDistricts.SourceNote.Should().Contain("legal-brief.md §7");
        FederalDistricts.CourtIdVerification.Should().Be(VerificationStatus.Verified);
        FederalDistricts.CircuitVerification.Should().Be(VerificationStatus.Verified);
        FederalDistricts.NameVerification.Should().Be(VerificationStatus.Unverified);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void NameOfCircuit_OutOfRange_Throws(int circuit)
    {
        var act = () => FederalDistricts.NameOfCircuit(circuit);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void All_CastToACollection_CannotBeChanged()
    {
        var collection = (ICollection<FederalDistrict>)FederalDistricts.All;

        var act = () => collection.Clear();

        act.Should().Throw<NotSupportedException>();
    }
}
