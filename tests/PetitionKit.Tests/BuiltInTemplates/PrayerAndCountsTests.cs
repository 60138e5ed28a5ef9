using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Validation;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts each fees choice, each § 1447(b) relief choice and a dropped count through the facade and reads the
/// drafted text: the prayer asks for what the petition chose, and only the petition's counts are pleaded.</summary>
public sealed class PrayerAndCountsTests
{
    private const string Eaja = "costs, and reasonable attorney's fees and other expenses, under the Equal Access to Justice Act, 28 U.S.C. § 2412(d)(1)(A); and";

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("consular-delay")]
    [InlineData("naturalization-1447b")]
    public async Task DraftAsync_FeesNotOmitted_PraysForEajaFeesAndCosts(string id)
    {
        var text = await DraftTextAsync(id, SampleVariants.For(id));

        Prayer(text).Should().Contain(l => l.EndsWith(Eaja, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("consular-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("foia")]
    public async Task DraftAsync_FeesOmitted_PraysForNoFees(string id)
    {
        var petition = SampleVariants.For(id);
        petition = petition with { Relief = petition.Relief with { OmitAttorneyFees = true } };

        var text = await DraftTextAsync(id, petition);

        Prayer(text).Should().NotContain(l => l.Contains("fees", StringComparison.Ordinal));
        Prayer(text)[^1].Should().Be("grant such other relief as the Court deems just and proper.");
    }

    [Fact]
    public async Task DraftAsync_FoiaFeesNotOmitted_PraysUnderFoiasOwnFeeProvisionMarkedToVerify()
    {
        var text = await DraftTextAsync("foia", SampleVariants.For("foia"));

        Prayer(text).Should().Contain("award Plaintiff attorney fees and litigation costs under 5 U.S.C. § 552(a)(4)(E) [VERIFY: not verified]; and")
            .And.NotContain(l => l.Contains("2412", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftAsync_1447bRemandChosen_AsksForRemandFirstAndAHearingOnlyInTheAlternative()
    {
        var petition = SampleVariants.For("naturalization-1447b");

        var prayer = Prayer(await DraftTextAsync("naturalization-1447b", petition));

        prayer[1].Should().Be("remand the matter to USCIS with instructions to determine the application within thirty (30) days of the Court's order;");
        prayer[2].Should().Be("in the alternative, hold a hearing on the application and determine the matter;");
    }

    [Fact]
    public async Task DraftAsync_1447bDetermineMatterChosen_AsksForAHearingFirst()
    {
        var petition = SampleVariants.For("naturalization-1447b");
        petition = petition with { Relief = petition.Relief with { DetermineMatter = true } };

        var prayer = Prayer(await DraftTextAsync("naturalization-1447b", petition));

        prayer[1].Should().Be("hold a hearing on the application and determine the matter;");
        prayer[2].Should().StartWith("in the alternative, remand the matter to USCIS with instructions");
    }

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("consular-delay")]
    public async Task DraftAsync_PetitionWithoutTheMandamusCount_PleadsNoMandamus(string id)
    {
        var petition = SampleVariants.For(id) with { Claims = [Claim.Apa] };

        var text = await DraftTextAsync(id, petition);

        text.Should().Contain("COUNT I\n").And.NotContain("COUNT II")
            .And.NotContain("§ 1361").And.NotContain("MANDAMUS").And.NotContain("andamus");
        text.Should().Contain("COMPLAINT FOR INJUNCTIVE RELIEF\n(5 U.S.C. §§ 555(b), 706(1))", "the prayer asks for no declaration, so the title names none");
    }

    [Fact]
    public void Validate_CountTheCaseTypeDoesNotPlead_IsPK1065AtItsPath()
    {
        var petition = SamplePetitions.Complete() with { Claims = [Claim.Apa, Claim.Naturalization1447b] };

        var issues = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues;

        var issue = issues.Should().ContainSingle(i => i.Code == "PK1065").Which;
        issue.Path.Should().Be("claims[1]");
        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Message.Should().Contain("‘naturalization1447b’").And.Contain("apa, mandamus");
    }

    [Theory]
    [InlineData(new[] { Claim.Apa, Claim.Mandamus, Claim.DeclaratoryJudgment }, "III")]
    [InlineData(new[] { Claim.Apa, Claim.DeclaratoryJudgment }, "II")]
    public async Task DraftAsync_DeclaratoryJudgmentClaimed_PleadsItsOwnCountAfterTheOthersAndPraysForTheDeclaration(Claim[] claims, string count)
    {
        var text = await DraftTextAsync("uscis-delay", AdjustmentWith(claims));

        text.Should().Contain($"COUNT {count}\nDeclaratory Judgment, 28 U.S.C. §§ 2201(a), 2202\nPlaintiffs repeat and incorporate each preceding paragraph");
        text.Should().Contain("An actual controversy exists between Plaintiffs and Defendants over whether Defendants' failure to decide the I-485 within a reasonable time is lawful.")
            .And.Contain("; it rests on the jurisdiction alleged above, not on those provisions.")
            .And.Contain("Plaintiffs are entitled to a declaration that Defendants' failure to decide the I-485 is unlawful and unreasonably delayed.");
        Prayer(text).Should().Contain("declare that Defendants' failure to decide the I-485 is unlawful and unreasonably delayed;");
    }

    [Fact]
    public async Task DraftAsync_NoDeclaratoryClaim_PleadsNoDeclaratoryCount()
    {
        var text = await DraftTextAsync("uscis-delay", AdjustmentWith([Claim.Apa, Claim.Mandamus]));

        text.Should().NotContain("Declaratory Judgment, 28 U.S.C.").And.NotContain("COUNT III");
    }

    [Fact]
    public void Validate_DeclaratoryCountAlone_IsPK1067SayingItIsARemedy()
    {
        var petition = AdjustmentWith([Claim.DeclaratoryJudgment]);

        var issue = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle(i => i.Code == "PK1067").Which;

        issue.Path.Should().Be("claims[0]");
        issue.Severity.Should().Be(DiagnosticSeverity.Error);
        issue.Message.Should().Contain("gives a remedy, not a cause of action").And.Contain("relief.declaratory_judgment");
    }

    [Fact]
    public void Validate_DeclaratoryCountOnACaseTypeWithoutIt_PointsToTheDeclarationInThePrayer()
    {
        var petition = SamplePetitions.Complete() with { Claims = [Claim.Apa, Claim.DeclaratoryJudgment] };

        var issue = PetitionValidator.Validate(petition, SamplePetitions.AsOf).Issues.Should().ContainSingle(i => i.Code == "PK1065").Which;

        issue.Path.Should().Be("claims[1]");
        issue.Message.Should().Contain("‘declaratory_judgment’").And.Contain("set relief.declaratory_judgment");
    }

    private static Petition AdjustmentWith(Claim[] claims)
    {
        var sample = SamplePetitions.Complete();
        return sample with
        {
            CaseType = CaseType.I485AdjustmentOfStatus,
            Claims = claims,
            Application = sample.Application with { Form = "I-485", Category = "immediate relative of a U.S. citizen" },
            Relief = sample.Relief with { DeclaratoryJudgment = false },
        };
    }

    private static async Task<string> DraftTextAsync(string id, Petition petition)
    {
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();
        await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
        return string.Join("\n", DocxText.DraftParagraphs(output.ToArray())).Replace('\u00A0', ' ');
    }

    /// <summary>The prayer's items, from "assume jurisdiction" to the last, one per line.</summary>
    private static List<string> Prayer(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("WHEREFORE", StringComparison.Ordinal)) + 1;
        var end = Array.FindIndex(lines, start, l => l.StartsWith("grant such other relief", StringComparison.Ordinal));
        return lines[start..(end + 1)].ToList();
    }
}
