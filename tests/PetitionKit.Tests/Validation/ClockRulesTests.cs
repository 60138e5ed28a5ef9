using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class ClockRulesTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Fact]
    public void Validate_I765WithoutCategory_ReportsPK1120WithThePath()
    {
        var issue = Only(Ead(null), "PK1120");

        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Path.Should().Be("application.ead_category");
        issue.Message.Should().Contain("(c)(8)").And.Contain("30-day rule");
    }

    [Theory]
    [InlineData("c8")]
    [InlineData("(c)8")]
    [InlineData("(b)(8)")]
    [InlineData("(c)(123)")]
    public void Validate_I765WithMalformedCategory_ReportsPK1121(string category)
    {
        var issue = Only(Ead(category), "PK1121");

        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Message.Should().Contain($"'{category}'").And.Contain("(c)(9)");
    }

    [Theory]
    [InlineData("(c)(8)")]
    [InlineData("(c)(9)")]
    [InlineData("(a)(12)")]
    [InlineData("(c)(3)(C)")]
    [InlineData(" (C)(26) ")]
    public void Validate_I765WithWellFormedCategory_FindsNothing(string category)
    {
        var report = PetitionValidator.Validate(Ead(category), SamplePetitions.AsOf);

        report.Issues.Should().NotContain(i => i.Code.StartsWith("PK112", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CategoryOnAnotherCaseType_WarnsPK1122()
    {
        var petition = Complete with { Application = Complete.Application with { EadCategory = "(c)(9)" } };

        Only(petition, "PK1122").Severity.Should().Be(DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Validate_C9CitingTheC8Rule_WarnsPK1124AtTheSource()
    {
        var petition = Ead("(c)(9)") with { Duty = new DutyOwed { LegalSources = ["5-usc-555-b", "8-cfr-208-7-a-1"] } };

        var issue = Only(petition, "PK1124");

        issue.Path.Should().Be("duty.legal_sources[1]");
        issue.Message.Should().Contain("(c)(8) only").And.Contain("not for (c)(9)");
    }

    [Fact]
    public void Validate_ConsularCaseWithoutRefusal_WarnsPK1123()
    {
        var petition = Complete with { CaseType = CaseType.Ds260AdministrativeProcessing, Timeline = [] };

        var issue = Only(petition, "PK1123");

        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Path.Should().Be("timeline");
        issue.Message.Should().Contain("administrative_processing_refusal");
    }

    private static Petition Ead(string? category) => Complete with
    {
        CaseType = CaseType.I765EmploymentAuthorization,
        Application = Complete.Application with { Form = "I-765", EadCategory = category },
    };

    private static Diagnostic Only(Petition petition, string code) =>
        PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle(i => string.Equals(i.Code, code, StringComparison.Ordinal)).Subject;
}
