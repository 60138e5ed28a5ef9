using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Validation;

public sealed class ConsularRequestRulesTests
{
    private static readonly Petition Complete = SamplePetitions.Complete();

    [Theory]
    [InlineData(CaseType.Ds260AdministrativeProcessing)]
    [InlineData(CaseType.I129FFianceePetition)]
    public void Validate_ConsularCaseWithDocumentsOutstanding_WarnsPK1177AtTheField(CaseType caseType)
    {
        var issues = Issues(caseType, provided: false).Where(i => string.Equals(i.Code, "PK1177", StringComparison.Ordinal)).ToList();

        var issue = issues.Should().ContainSingle().Subject;
        issue.Severity.Should().Be(DiagnosticSeverity.Warning);
        issue.Path.Should().Be("application.all_requested_documents_provided");
        issue.Message.Should().Be("The petition says that not every document and item of information the consular post requested has been provided: the delay may be attributed to the applicant, and the government may argue that the case awaits the applicant, not the post. Provide what is outstanding (keep proof of delivery) before filing if possible, then set this field to true.");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void Validate_ConsularCaseNotSayingDocumentsAreOutstanding_DoesNotWarn(bool? provided)
    {
        Issues(CaseType.Ds260AdministrativeProcessing, provided).Should().NotContain(i => string.Equals(i.Code, "PK1177", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Issues(CaseType caseType, bool? provided)
    {
        var petition = Complete with
        {
            CaseType = caseType,
            Application = Complete.Application with { AllRequestedDocumentsProvided = provided },
        };
        return PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues;
    }
}
