using System.Text;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Json;

public sealed class PetitionJsonTests
{
    private const string Minimal = """
        {
          "case_type": "i130_petition_for_alien_relative",
          "court": { "court_id": "cand" },
          "agency": "U.S. Citizenship and Immigration Services",
          "petitioners": [ { "name": "Maria Lopez", "a_number": "A12345678" } ],
          "application": { "form": "I-130", "filing_date": "2022-03-01" }
        }
        """;

    [Fact]
    public void Write_ThenRead_GivesAnEqualPetitionBack()
    {
        var petition = SamplePetitions.Complete();

        var json = PetitionJson.Write(petition);
        var back = PetitionJson.Read(json);

        PetitionJson.Write(back).Should().Be(json);
        back.Petitioners[0].Should().Be(petition.Petitioners[0] with { Residence = back.Petitioners[0].Residence });
        back.Should().BeEquivalentTo(petition);
    }

    [Fact]
    public void Write_UsesSnakeCaseNamesIsoDatesAndSnakeCaseEnums()
    {
        var json = PetitionJson.Write(SamplePetitions.Complete());

        json.Should().Contain("\"case_type\": \"i130_petition_for_alien_relative\"")
            .And.Contain("\"a_number\": \"A12345678\"")
            .And.Contain("\"filing_date\": \"2022-03-01\"")
            .And.Contain("\"kind\": \"inquiry_to_agency\"")
            .And.Contain("\"venue_basis\": \"petitioner_residence\"")
            .And.Contain("\"role\": \"secretary_of_homeland_security\"")
            .And.NotContain("\r")
            .And.NotContain("\"case_number\"");
    }

    [Fact]
    public void Write_Stream_WritesTheSameBytesAsTheString()
    {
        using var stream = new MemoryStream();

        PetitionJson.Write(SamplePetitions.Complete(), stream);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(PetitionJson.Write(SamplePetitions.Complete()));
    }

    [Fact]
    public void Read_MinimalPetition_FillsDefaults()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Minimal));

        var petition = PetitionJson.Read(stream);

        petition.CaseType.Should().Be(CaseType.I130PetitionForAlienRelative);
        petition.Application.FilingDate.Should().Be(new DateOnly(2022, 3, 1));
        petition.Petitioners[0].Role.Should().Be(PetitionerRole.Applicant);
        petition.Court.VenueBasis.Should().Be(VenueBasis.PetitionerResidence);
        petition.Officials.Should().BeEmpty();
        petition.Relief.OmitAttorneyFees.Should().BeFalse();
        petition.Relief.Requests.Should().BeEmpty();
        petition.Exhibits.Should().BeEmpty();
        petition.Duty.LegalSources.Should().BeEmpty();
        petition.Signer.Should().BeNull();
    }

    [Theory]
    [InlineData("\"a_number\": \"A12345678\"", "\"a_numbr\": \"A12345678\"", "PK1002", "petitioners[0].a_numbr")]
    [InlineData("\"filing_date\": \"2022-03-01\"", "\"filing_date\": \"March 1, 2022\"", "PK1001", "application.filing_date")]
    [InlineData("\"filing_date\": \"2022-03-01\"", "\"filing_date\": 20220301", "PK1001", "application.filing_date")]
    [InlineData("\"case_type\": \"i130_petition_for_alien_relative\"", "\"case_type\": \"i130\"", "PK1001", "case_type")]
    [InlineData("\"case_type\": \"i130_petition_for_alien_relative\"", "\"case_type\": 2", "PK1001", "case_type")]
    [InlineData("\"name\": \"Maria Lopez\"", "\"name\": null", "PK1001", "petitioners[0].name")]
    [InlineData("\"agency\": \"U.S. Citizenship and Immigration Services\",", "", "PK1003", "agency")]
    [InlineData("\"form\": \"I-130\", ", "", "PK1003", "application.form")]
    [InlineData("\"court\": { \"court_id\": \"cand\" },", "\"court\": { \"court_id\": \"cand\" }", "PK1000", "")]
    public void Read_BadJson_ThrowsWithCodeAndSnakeCasePath(string find, string replace, string code, string path)
    {
        var json = Minimal.Replace(find, replace, StringComparison.Ordinal);
        json.Should().NotBe(Minimal);

        var act = () => PetitionJson.Read(json);

        var issue = act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Should().ContainSingle().Subject;
        issue.Code.Should().Be(code);
        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Path.Should().Be(path);
        issue.Message.Should().NotContain("PetitionKit.Model").And.NotContain("System.");
    }

    [Fact]
    public void Read_WrongEnumWord_ListsTheWordsThatWork()
    {
        var json = Minimal.Replace("\"court_id\": \"cand\"", "\"court_id\": \"cand\", \"venue_basis\": \"home\"", StringComparison.Ordinal);

        var act = () => PetitionJson.Read(json);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues[0].Message
            .Should().Contain("petitioner_residence").And.Contain("defendant_residence");
    }

    [Fact]
    public void Read_SeveralMissingRequired_ReportsEachOne()
    {
        var act = () => PetitionJson.Read("""{ "case_type": "foia_records" }""");

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Select(i => i.Path)
            .Should().BeEquivalentTo("court", "petitioners", "agency", "application");
    }

    [Fact]
    public void Read_JsonNull_Throws()
    {
        var act = () => PetitionJson.Read("null");

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues[0].Code.Should().Be("PK1001");
    }

    [Fact]
    public void Read_FourShapeErrors_ReportsEveryOneWithItsPath()
    {
        var json = File.ReadAllText(FourShapeErrorsFile);

        var act = () => PetitionJson.Read(json);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Select(i => $"{i.Path} {i.Code}").Should().BeEquivalentTo(
            "petitioners[0].is_minor PK1001",
            "petitioners[0].nickname PK1002",
            "application.filing_date PK1001",
            "processing_time.posted_months PK1001");
    }

    [Fact]
    public void Read_FourShapeErrors_SaysWhatEachValueShouldBe()
    {
        using var stream = File.OpenRead(FourShapeErrorsFile);

        var act = () => PetitionJson.Read(stream);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Select(i => i.Message).Should().BeEquivalentTo(
            "This value has the wrong type: expected true or false.",
            "'nickname' is not a property PetitionKit knows here; check the spelling against schema/petition.schema.json.",
            "This value has the wrong type: expected a date written as YYYY-MM-DD, such as 2024-03-15.",
            "This value has the wrong type: expected a number.");
    }

    [Fact]
    public void Read_WrongTypesInsideListsAndMissingRequiredTogether_ReportsBoth()
    {
        var json = Minimal
            .Replace("\"form\": \"I-130\", ", string.Empty, StringComparison.Ordinal)
            .Replace("\"petitioners\": [", "\"timeline\": [ { \"date\": \"2023-01-01\", \"kind\": \"rfe\", \"description\": 5 } ], \"petitioners\": [", StringComparison.Ordinal);

        var act = () => PetitionJson.Read(json);

        act.Should().Throw<PetitionValidationException>().Which.Report.Issues.Select(i => $"{i.Path} {i.Code}").Should().BeEquivalentTo(
            "timeline[0].kind PK1001", "timeline[0].description PK1001", "application.form PK1003");
    }

    internal static string FourShapeErrorsFile => Path.Combine(AppContext.BaseDirectory, "Fixtures", "four-shape-errors.json");
}
