using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Validation;

/// <summary>Characters that change how text reads without showing themselves are flagged in names and free text alike,
/// and the warning reaches the draft's checklist with the field's path.</summary>
public sealed class InvisibleCharacterRulesTests
{
    private const string BidiMessage = "This text holds a bidirectional control character (U+202E), which can make it print in an order other than the one typed. Retype the text without it, and check the drafted text reads as intended.";

    private static readonly Petition Complete = SamplePetitions.Complete();

    [Theory]
    [InlineData('\u202A')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2069')]
    public void Validate_BidiControlInAPetitionersName_WarnsPK1154AtTheName(char control)
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0] with { Name = $"Maria {control}zepoL" }, Complete.Petitioners[1]] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        var issue = issues.Should().ContainSingle().Subject;
        (issue.Code, issue.Severity, issue.Path).Should().Be(("PK1154", DiagnosticSeverity.Warning, "petitioners[0].name"));
        issue.Message.Should().StartWith($"This text holds a bidirectional control character (U+{(int)control:X4}),");
    }

    [Fact]
    public void Validate_RightToLeftOverride_SaysWhichCharacterAndWhatToDo()
    {
        var petition = Complete with { Signer = Complete.Signer! with { Name = "Ana \u202EyenrottA" } };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Be(new Diagnostic("PK1154", DiagnosticSeverity.Warning, "signer.name", BidiMessage));
    }

    [Theory]
    [InlineData('\u200B')]
    [InlineData('\u200C')]
    [InlineData('\u200D')]
    [InlineData('\u2060')]
    [InlineData('\uFEFF')]
    public void Validate_ZeroWidthCharacterInAHarm_WarnsPK1155AtTheHarm(char invisible)
    {
        var petition = Complete with { Harms = [Complete.Harms[0] with { Description = $"The couple has lived a{invisible}part for three years." }] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues;

        issues.Should().ContainSingle().Which.Should().Be(new Diagnostic("PK1155", DiagnosticSeverity.Warning, "harms[0].description",
            $"This text holds an invisible zero-width character (U+{(int)invisible:X4}), which makes two different spellings look the same. Delete it, and check the name matches the agency's records."));
    }

    [Fact]
    public void Validate_OrdinaryAccentsAndScripts_AreNotFlagged()
    {
        var petition = Complete with { Petitioners = [Complete.Petitioners[0] with { Name = "María José Núñez", Status = "مواطن" }, Complete.Petitioners[1]] };

        PetitionValidator.Validate(petition, SamplePetitions.AsOf, FakeCatalog.Instance).Issues.Should().BeEmpty();
    }

    [Fact]
    public async Task DraftAsync_BidiControlInAName_PutsAChecklistItemNamingTheField()
    {
        var petition = Complete with { Signer = Complete.Signer! with { Name = "Ana \u202EyenrottA" } };
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, global::PetitionKit.Templates.BuiltInTemplates.Get("uscis-delay"), output,
            new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        var item = report.Checklist.Should().ContainSingle(i => i.Reference == "PK1154").Subject;
        item.Should().Be(new ChecklistItem(ChecklistCategory.Risk, BidiMessage, item.Location, "PK1154") { Field = "signer.name" });
        item.Location.Should().Be("first printed at body, under “PRAYER FOR RELIEF”", "the signature block that prints the name follows the prayer");
    }
}
