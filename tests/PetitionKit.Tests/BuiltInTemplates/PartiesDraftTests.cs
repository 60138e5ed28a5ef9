using PetitionKit.Catalogs;
using PetitionKit.Json;
using PetitionKit.Model;
using PetitionKit.Tests.GoldenText;
using PetitionKit.Word;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts petitions through the facade and reads the drafted text: who filed, minors through a next friend,
/// each defendant's office, exhibits cited in place, facts in date order, and pro se signature blocks.</summary>
public sealed class PartiesDraftTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 1);

    [Fact]
    public async Task Draft_FamilyWithMinorsThroughNextFriend_CaptionAndPartiesNameTheNextFriendAndOnlyTheFilerFiled()
    {
        var text = await DraftAsync(Sample("reyes-family-i130-next-friend.json"));

        text.Should().Contain("S.R.C., a minor, by and through next friend MARISOL REYES,\n")
            .And.Contain("M.R.C., a minor, by and through next friend MARISOL REYES,\n")
            .And.NotContain("Sofia").And.NotContain("Mateo");
        text.Should().Contain("Plaintiff Marisol Reyes, a U.S. citizen, resides in Chicago, IL. Marisol Reyes filed the I-130 that is the subject of this action, as the petitioner.");
        text.Should().Contain("S.R.C. is a minor and sues by and through next friend Marisol Reyes, S.R.C.'s mother.");
        text.Should().Contain("On February 14, 2023, Marisol Reyes filed the I-130 (IR-2, unmarried children under 21 of a U.S. citizen) with USCIS at the Nebraska Service Center, which issued receipt number LIN-23-190-54321 (Ex. A).")
            .And.Contain("The I-130 is now pending at the National Benefits Center.")
            .And.NotContain("Plaintiffs filed");
    }

    [Fact]
    public async Task Draft_Defendants_EachOfficeSaysWhatItIsResponsibleForFromTheCatalog()
    {
        var text = await DraftAsync(Sample("reyes-family-i130-next-friend.json"));

        text.Should().Contain("Defendant Director, National Benefits Center, is sued in official capacity only. The Director of the National Benefits Center directs the USCIS National Benefits Center, at which the I-130 is pending.")
            .And.Contain("The Secretary of Homeland Security heads the U.S. Department of Homeland Security, the department of which U.S. Citizenship and Immigration Services is a part.");
    }

    [Fact]
    public async Task Draft_Facts_AreInDateOrderWithEachExhibitCitedBeforeTheFinalPeriod()
    {
        var text = await DraftAsync(Sample("reyes-family-i130-next-friend.json"));

        var transfer = text.IndexOf("On January 10, 2024, USCIS transferred the petitions from the Nebraska Service Center to the National Benefits Center (Ex. B).", StringComparison.Ordinal);
        var rfe = text.IndexOf("On September 3, 2024, USCIS requested", StringComparison.Ordinal);
        transfer.Should().BePositive();
        rfe.Should().BeGreaterThan(transfer);
        text.Should().Contain("On October 15, 2024, Ms. Reyes sent the birth certificates and translations; USCIS confirmed receipt (Ex. D).")
            .And.Contain("Plaintiffs have asked about the delay once before filing this action.")
            .And.Contain("On March 20, 2025, Ms. Reyes asked USCIS about the delay through its online case inquiry; USCIS replied that the petitions were pending review (Ex. E).")
            .And.Contain("That inquiry did not produce a decision.")
            .And.Contain("As of May 20, 2026, USCIS posted that 80 percent of cases of this kind are completed within 12 months (Ex. F).")
            .And.Contain("requires proof of an approved petition (Ex. G).")
            .And.NotContain(". (Ex.").And.NotContain("See Ex.");
        // A sentence's period before a semicolon is doubled punctuation ("inquiry.; case is pending"); a minor's
        // initials ending a prayer item ("filed for M.R.C.;") are not.
        text.Should().NotMatchRegex(@"[a-z0-9)]\.;");
    }

    [Fact]
    public async Task Draft_ProSeParentAndMinor_OnlyTheAdultSignsWithFullContactAndAsGuardian()
    {
        var text = await DraftAsync(Golden("202-pro-se-parent-minor-many-defendants"));

        text.Should().Contain("/s/ Amara Diallo\nAmara Diallo, pro se, and as guardian of I.D.\n7 Example Court\nWorcester, MA 01608\nTelephone: 508-555-0199\nE-mail: amara.diallo@example.org\n");
        text.Should().NotContain("/s/ I.D.").And.NotContain("508-555-0100").And.NotContain("kid@example.org");
        text.Should().Contain("U.S. CITIZENSHIP AND IMMIGRATION SERVICES;\n").And.Contain("Defendant U.S. Citizenship and Immigration Services is an agency of the United States.");
        text.Should().Contain("Defendant Chief, Example Records Unit, is sued in official capacity only.\n")
            .And.Contain("Chief, Example Records Unit has no office in the catalog");
    }

    [Fact]
    public void DefendantOffices_EveryOfficeButOther_HasAResponsibility()
    {
        var described = DefendantOffices.All.Select(o => o.Role);

        described.Should().BeEquivalentTo(Enum.GetValues<OfficialRole>().Where(r => r != OfficialRole.Other));
        DefendantOffices.All.Should().OnlyContain(o => !o.Responsibility.Contains("U.S.C.", StringComparison.Ordinal));
    }

    private static Petition Sample(string file) =>
        Read(Path.Combine(BuiltInTemplateRender.RepositoryRoot(), "samples", "petitions", file));

    [Fact]
    public async Task Draft_1447bPetitionerWithAHarm_NeverPointsToAHarmSectionThePetitionDoesNotHave()
    {
        var petition = Tests.BuiltInTemplates.SampleVariants.For("naturalization-1447b");

        var text = await DraftAsync(petition);

        petition.Harms.Should().Contain(h => h.PetitionerIndex == 0);
        text.Should().Contain("The delay keeps Maria Lopez waiting for a decision on the application for naturalization.")
            .And.NotContain("harm alleged below").And.NotContain("HARM CAUSED BY THE DELAY");
    }

    private static Petition Golden(string folder) => Read(Path.Combine(GoldenCase.Root, folder, "petition.json"));

    private static Petition Read(string path)
    {
        using var file = File.OpenRead(path);
        return PetitionJson.Read(file);
    }

    private static async Task<string> DraftAsync(Petition petition)
    {
        var template = PetitionKit.Templates.BuiltInTemplates.Get(PetitionKit.Templates.BuiltInTemplates.ForCaseType(petition.CaseType)!);
        using var output = new MemoryStream();
        await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = AsOf }, cancellationToken: TestContext.Current.CancellationToken);
        return DraftTranscript.Of(output.ToArray()).Replace('\u00A0', ' ');
    }
}
