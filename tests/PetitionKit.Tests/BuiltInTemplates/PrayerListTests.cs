using PetitionKit.Model;
using PetitionKit.Tests.Model;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Drafts every built-in template through the facade in every combination of the relief choices that add or
/// remove prayer items (fees or none, pro se or counsel, the petition's own requests, declaratory relief, § 1447(b)
/// determine or remand, a FOIA fee waiver, expedited processing and an index of withheld records) and reads the prayer
/// as a lawyer's list: each item ends ";", the one before the last "; and", the last "."; fees as the signer may ask.</summary>
public sealed class PrayerListTests
{
    private const string CatchAll = "grant such other relief as the Court deems just and proper.";

    public static TheoryData<string, Fees, bool, bool, bool, bool> Combinations()
    {
        var data = new TheoryData<string, Fees, bool, bool, bool, bool>();
        foreach (var fees in Enum.GetValues<Fees>())
        {
            foreach (var requests in new[] { false, true })
            {
                foreach (var first in new[] { false, true })
                {
                    data.Add("uscis-delay", fees, requests, first, false, false);
                    data.Add("consular-delay", fees, requests, first, false, false);
                    data.Add("naturalization-1447b", fees, requests, first, false, false);
                    foreach (var second in new[] { false, true })
                    {
                        foreach (var third in new[] { false, true })
                        {
                            data.Add("foia", fees, requests, first, second, third);
                        }
                    }
                }
            }
        }

        return data;
    }

    /// <summary>For uscis-delay and consular-delay <paramref name="first"/> is declaratory relief; for § 1447(b) it is
    /// determining the matter; for FOIA the three flags are a fee waiver denied, expedited processing undecided, and an
    /// index of withheld records.</summary>
    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task DraftAsync_AnyReliefChoices_PrayerReadsAsOneList(string id, Fees fees, bool requests, bool first, bool second, bool third)
    {
        var petition = Vary(id, fees, requests, first, second, third);

        var prayer = Prayer(await DraftTextAsync(id, petition));

        prayer[^1].Should().Be(CatchAll);
        prayer[^2].Should().EndWith("; and").And.NotEndWith(";; and").And.NotEndWith(". and");
        prayer[..^2].Should().AllSatisfy(item => item.Should().EndWith(";").And.NotEndWith("; and;").And.NotEndWith("and;"));
        prayer.Should().AllSatisfy(item => char.IsLower(item[0]).Should().BeTrue($"‘{item}’ continues “the Court to:”"));
        var feeItems = prayer.Where(i => i.StartsWith("award ", StringComparison.Ordinal)).ToList();
        switch (fees)
        {
            case Fees.Omitted:
                feeItems.Should().BeEmpty();
                break;
            case Fees.ProSe:
                feeItems.Should().ContainSingle().Which.Should().NotContain("attorney").And.Contain(id is "foia" ? "litigation costs under 5 U.S.C. § 552(a)(4)(E)" : "costs and other expenses under the Equal Access to Justice Act, 28 U.S.C. § 2412(d)(1)(A)");
                break;
            default:
                feeItems.Should().ContainSingle().Which.Should().Contain(id is "foia" ? "attorney fees and litigation costs" : "reasonable attorney's fees and other expenses");
                break;
        }

        if (requests)
        {
            prayer.Should().Contain(i => i.StartsWith("order the agency to produce any records in electronic form", StringComparison.Ordinal) || i.StartsWith("order Defendants to report", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("consular-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("foia")]
    public async Task DraftAsync_ProSe_ChecklistFlagsTheFeesRuleForVerification(string id)
    {
        var petition = Vary(id, Fees.ProSe, requests: false, first: false, second: false, third: false);
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();

        var report = await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);

        report.Checklist.Should().ContainSingle(i => i.Text.StartsWith("Pro se fees:", StringComparison.Ordinal))
            .Which.Text.Replace('\u00A0', ' ').Should().Contain("do not settle whether a party without a lawyer may recover fees");
    }

    [Fact]
    public async Task DraftAsync_SectionSignsAndCitedTitles_KeepANoBreakSpace()
    {
        var text = await DraftTextAsync("uscis-delay", SampleVariants.For("uscis-delay"), keepNoBreakSpaces: true);

        var body = text[..text.IndexOf("Dated:", StringComparison.Ordinal)];
        body.Should().Contain("28\u00A0U.S.C.\u00A0§\u00A01361").And.Contain("5\u00A0U.S.C.\u00A0§§\u00A0555(b), 706(1)")
            .And.Contain("28\u00A0U.S.C.\u00A0§\u00A02412(d)(1)(A)").And.NotContain("§ ").And.NotContain("§§ ").And.NotContain("U.S.C. §");
    }

    public enum Fees
    {
        Counsel,
        ProSe,
        Omitted,
    }

    private static Petition Vary(string id, Fees fees, bool requests, bool first, bool second, bool third)
    {
        var petition = SampleVariants.For(id);
        if (fees == Fees.ProSe)
        {
            petition = petition with { Signer = new Signer { Kind = SignerKind.ProSe }, Petitioners = [petition.Petitioners[0]] };
        }

        var request = id is "foia" ? "Order the agency to produce any records in electronic form." : "Order Defendants to report on the status of the matter every thirty days.";
        var relief = petition.Relief with
        {
            OmitAttorneyFees = fees == Fees.Omitted,
            Requests = requests ? [request] : [],
            DeclaratoryJudgment = first && id is "uscis-delay" or "consular-delay",
            DetermineMatter = first && id is "naturalization-1447b",
        };
        petition = petition with { Relief = relief };
        if (id is "foia")
        {
            petition = petition with
            {
                Foia = petition.Foia! with
                {
                    FeeWaiver = first ? new FoiaProcessingRequest { RequestedOn = petition.Application.FilingDate, Decision = FoiaProcessingDecision.Denied, DecidedOn = petition.Application.FilingDate.AddDays(20) } : null,
                    ExpeditedProcessing = second ? new FoiaProcessingRequest { RequestedOn = petition.Application.FilingDate } : null,
                    AskForWithheldRecordsIndex = third,
                },
            };
        }

        return petition;
    }

    private static async Task<string> DraftTextAsync(string id, Petition petition, bool keepNoBreakSpaces = false)
    {
        var template = await BuiltInTemplateRender.LoadAsync(id);
        using var output = new MemoryStream();
        await PetitionDrafter.DraftAsync(petition, template, output, new RenderOptions { AsOf = SamplePetitions.AsOf }, cancellationToken: TestContext.Current.CancellationToken);
        var text = string.Join("\n", DocxText.DraftParagraphs(output.ToArray()));
        return keepNoBreakSpaces ? text : text.Replace('\u00A0', ' ');
    }

    /// <summary>The prayer's items, from the first after "WHEREFORE" to the catch-all, one per line.</summary>
    private static List<string> Prayer(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("WHEREFORE", StringComparison.Ordinal)) + 1;
        var end = Array.FindIndex(lines, start, l => l.StartsWith("grant such other relief", StringComparison.Ordinal));
        return lines[start..(end + 1)].ToList();
    }
}
