using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>A family whose applications of one form were filed one per person: the draft pleads each receipt beside the
/// person it was filed for and prays that every one be decided; a malformed one is refused at its own path.</summary>
public sealed class FamilyApplicationsTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public async Task Draft_FamilyWithOneReceiptEach_PleadsAndPraysForEveryApplication()
    {
        var text = await DraftAsync(OkaforFamilyAdjustment.Create());

        text.Should().Contain(p => p.EndsWith("filed on March 31, 2023, and the Forms I-485 filed for Adaeze Okafor (receipt number MSC-23-090-00002) and T.O. (receipt number MSC-23-090-00003).", StringComparison.Ordinal),
            "the minor is named by initials beside the receipt of the application filed for him");
        text.Should().Contain("The Forms I-485 filed for Adaeze Okafor (receipt number MSC-23-090-00002) and T.O. (receipt number MSC-23-090-00003) are also pending before Defendants.");
        text.Should().Contain(p => p.StartsWith("order Defendants to adjudicate the I-485 (receipt number MSC-23-090-00001) and the Forms I-485 filed for Adaeze Okafor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_FamilyWithOneReceiptEach_EveryCountDeclarationAndRetainedJurisdictionCoversThemAll()
    {
        var text = await DraftAsync(OkaforFamilyAdjustment.Create());

        text.Where(p => string.Equals(p, "What this Count pleads of the I-485 it pleads equally of the Forms I-485 filed for Adaeze Okafor and T.O., which are also pending.", StringComparison.Ordinal))
            .Should().HaveCount(3, "the APA, mandamus and declaratory counts each reach every application");
        text.Should().Contain("declare that Defendants' failure to decide the I-485 and the Forms I-485 filed for Adaeze Okafor and T.O. is unlawful and unreasonably delayed;")
            .And.Contain("retain jurisdiction over this action until Defendants have adjudicated the I-485 and the Forms I-485 filed for Adaeze Okafor and T.O.;");
        text.Should().Contain(p => p.StartsWith("Plaintiff T.O. resides in Texas. The Form I-485 filed for T.O. (receipt number MSC-23-090-00003) is also pending.", StringComparison.Ordinal))
            .And.NotContain(p => p.Contains("derivative beneficiary", StringComparison.Ordinal), "each filed an application of their own");
    }

    [Fact]
    public async Task Draft_BeneficiaryAbroadWithABlankState_NamesTheCountryNotAGap()
    {
        var reyes = ReyesFamilyNextFriend.Create();
        var abroad = reyes.Petitioners[1] with
        {
            IsMinor = false, NextFriend = null, ResidenceDistrict = null,
            Residence = new PostalAddress { Lines = ["12 Example Street"], City = "Da Nang", State = "", Country = "Vietnam" },
        };
        var petition = reyes with { Petitioners = [reyes.Petitioners[0], abroad, reyes.Petitioners[2]] };

        var text = await DraftAsync(petition);

        text.Should().Contain(p => p.StartsWith("Plaintiff Sofia Reyes Castillo, a citizen of Guatemala, resides in Da Nang, Vietnam.", StringComparison.Ordinal))
            .And.NotContain(p => p.Contains("[MISSING", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_OnlyTheApplicationsReceipt_PleadsOneApplication()
    {
        var okafor = OkaforFamilyAdjustment.Create();
        var petition = okafor with { Petitioners = [.. okafor.Petitioners.Select(p => p with { ReceiptNumber = null })] };

        var text = await DraftAsync(petition);

        text.Should().NotContain(p => p.Contains("filed for", StringComparison.Ordinal) || p.Contains("also pending", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_AFamilyMembersReceiptIsTheApplicationsWrittenWithoutDashes_PleadsItOnce()
    {
        var reyes = ReyesFamilyNextFriend.Create();
        var petition = reyes with { Petitioners = [reyes.Petitioners[0], reyes.Petitioners[1] with { ReceiptNumber = "lin 2319054321" }, reyes.Petitioners[2]] };

        var text = await DraftAsync(petition);

        text.Should().Contain(p => p.EndsWith("filed on February 14, 2023, and the Form I-130 filed for M.R.C. (receipt number LIN-23-190-54322).", StringComparison.Ordinal),
            "S.R.C.'s receipt is the application's own, however it is written");
    }

    [Fact]
    public void Validate_MalformedReceiptOfAFamilyMember_IsAnErrorAtThatPetitionersPath()
    {
        var okafor = OkaforFamilyAdjustment.Create();
        var petition = okafor with { Petitioners = [okafor.Petitioners[0], okafor.Petitioners[1] with { ReceiptNumber = "MSC-23-090" }, okafor.Petitioners[2]] };

        var issue = PetitionValidator.Validate(petition, AsOf).Issues.Should().ContainSingle(i => i.Path == "petitioners[1].receipt_number").Subject;

        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Message.Should().StartWith("The receipt number must be three letters and ten digits").And.Contain("this person's own receipt notice");
    }

    private static async Task<List<string>> DraftAsync(Petition petition) => (await BuiltInDraft.DraftAsync(petition, AsOf)).Paragraphs;
}
