using PetitionKit.Model;
using PetitionKit.Samples.Petitions;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using SamplePetitions = PetitionKit.Tests.Model.SamplePetitions;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts petitions through the facade with their built-in templates and reads the pleading: the six TRAC
/// factors applied to the petition's own facts in Count I, and the defences the brief names for each case type.</summary>
public sealed class TracPleadingTests
{
    private static readonly DateOnly SamplesAsOf = new(2026, 6, 1);

    private static readonly string[] Ordinals = ["First,", "Second,", "Third,", "Fourth,", "Fifth,", "Sixth,"];

    [Fact]
    public async Task Draft_AsylumWithExpediteHarmsAndInquiries_PleadsEachFactorWithAFactOfThePetition()
    {
        var (text, report) = await DraftAsync(HaddadAsylum.Create(), SamplesAsOf);

        var factors = Factors(text);
        factors[0].Should().Contain("2,299 days").And.Contain("February 14, 2020");
        factors[1].Should().Contain("8 U.S.C. § 1158(d)(5)(A)(iii) provides one hundred eighty (180) days from February 14, 2020")
            .And.Contain("ended on August 12, 2020").And.Contain("subject to the conditions stated in each provision");
        factors[2].Should().Contain("family unity and health, as alleged above (Ex. F)")
            .And.Contain("asked Defendants to expedite the I-589 on October 7, 2025 (Ex. D)");
        factors[3].Should().Contain("Plaintiff asks only that Defendants decide the I-589").And.NotContain("expedite");
        factors[4].Should().Contain("Plaintiff's interest in a decision on the immigration benefit that the I-589 seeks, and that prejudice grows with time: the interest has gone unresolved for six years")
            .And.EndWith("Each further day of delay prolongs the harm to family unity and health pleaded under the third factor.")
            .And.NotContain("as alleged above", "factor 5 points to the welfare harms factor 3 pleads instead of listing them again");
        factors[5].Should().EndWith("The delay has continued despite two inquiries and a request to expedite made by or for Plaintiff, the most recent on October 7, 2025 (Exs. C, D).");
        report.MissingValues.Should().BeEmpty();
    }

    [Fact]
    public async Task Draft_OnlyARequestToExpedite_NamesItAsSuchNotAsAnInquiry()
    {
        var haddad = HaddadAsylum.Create();
        var petition = haddad with { Timeline = haddad.Timeline.Where(e => e.Kind != TimelineEventKind.InquiryToAgency && e.Kind != TimelineEventKind.InquiryToOmbudsman).ToList() };

        var (text, _) = await DraftAsync(petition, SamplesAsOf);

        Factors(text)[5].Should().EndWith("The delay has continued despite a request to expedite made by or for Plaintiff on October 7, 2025 (Ex. D).");
    }

    [Fact]
    public async Task Draft_WithoutHarmsProcessingTimeOrInquiries_EachFactorStillReadsWhole()
    {
        var petition = SamplePetitions.Complete() with { Harms = [], ProcessingTime = null, Timeline = [], Relief = new ReliefRequest() };

        var (text, report) = await DraftAsync(petition, SamplePetitions.AsOf);

        var factors = Factors(text);
        factors[0].Should().EndWith("since it was filed on March 1, 2022.");
        factors[2].Should().EndWith("This case concerns Plaintiffs' immigration status, not a matter of economic regulation.");
        factors[4].Should().EndWith("and that prejudice grows with time: the interest has gone unresolved for three years, three months, and one day.");
        factors[5].Should().EndWith("and do not rely on any.");
        factors.Should().AllSatisfy(p => p.Should().NotContain("as alleged above").And.NotContain("[MISSING").And.NotContain(".."));
        report.MissingValues.Should().BeEmpty();
    }

    [Fact]
    public async Task Draft_ExtraPrayerItem_DoesNotClaimToAskOnlyForADecision()
    {
        var petition = SamplePetitions.Complete();

        var (text, _) = await DraftAsync(petition, SamplePetitions.AsOf);

        Factors(text)[3].Should().NotContain("ask only").And.Contain("Plaintiffs ask that Defendants decide the I-130, whatever that decision may be, together with the further relief set out in the prayer.")
            .And.Contain("ordinarily decided within 14.5 months; this one has waited");
    }

    [Fact]
    public async Task Draft_UscisCase_AnswersSection1252WithoutLeaningOnMandamus()
    {
        var (text, _) = await DraftAsync(SamplePetitions.Complete(), SamplePetitions.AsOf);

        var paragraph = text.Should().ContainSingle(p => p.StartsWith("The bar on review in 8 U.S.C. § 1252(a)(2)(B)(ii)", StringComparison.Ordinal)).Subject;
        paragraph.Should().Contain("Kucana v. Holder").And.Contain("5 U.S.C. § 555(b)").And.NotContain("1361").And.NotContain("Cheejati");
        text.Should().NotContain(p => p.Contains("1158(d)(7)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Draft_Asylum_RestsCountIOnTheApaAndPleadsMandamusInTheAlternative()
    {
        var (text, _) = await DraftAsync(HaddadAsylum.Create(), SamplesAsOf);

        text.Should().Contain(p => p.StartsWith("This Count does not depend on any right created by the asylum timetables, which 8 U.S.C. § 1158(d)(7)", StringComparison.Ordinal));
        text.Should().Contain("Plaintiff pleads this Count in the alternative to Count I, should the Court find that the Administrative Procedure Act does not give Plaintiff an adequate remedy.");
    }

    [Fact]
    public async Task Draft_ConsularCase_AnswersNonreviewabilityAndThe221gRefusal()
    {
        var (text, report) = await DraftAsync(KarimiConsularDelay.Create(), SamplesAsOf);

        text.Should().Contain(p => p.Contains("Consular nonreviewability concerns review of such decisions", StringComparison.Ordinal)
            && p.Contains("Allen v. Milas, 896 F.3d 1094 (9th Cir. 2018)", StringComparison.Ordinal));
        text.Should().Contain(p => p.StartsWith("The notice under INA § 221(g) that followed the interview did not conclude the matter.", StringComparison.Ordinal)
            && p.Contains("22 C.F.R. § 42.81(a)", StringComparison.Ordinal));
        text.Should().NotContain(p => p.Contains("1252(a)(2)(B)", StringComparison.Ordinal) || p.Contains("Karimova", StringComparison.Ordinal));
        Factors(text)[1].Should().StartWith("Second, no statute sets a deadline for this decision.");
        report.Checklist.Should().Contain(i => i.Reference == "221g-refusal-final");
    }

    [Fact]
    public async Task Draft_Naturalization1447b_PleadsNoTracFactors()
    {
        var (text, _) = await DraftAsync(NguyenNaturalization.Create(), SamplesAsOf);

        text.Should().NotContain(p => p.Contains("rule of reason", StringComparison.Ordinal) || p.StartsWith("Sixth,", StringComparison.Ordinal));
    }

    private static List<string> Factors(IReadOnlyList<string> text) =>
        [.. Ordinals.Select(o => text.Should().ContainSingle(p => p.StartsWith(o, StringComparison.Ordinal), o).Subject)];

    private static Task<(List<string> Paragraphs, RenderReport Report)> DraftAsync(Petition petition, DateOnly asOf) => BuiltInDraft.DraftAsync(petition, asOf);
}
