using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Catalogs;
using PetitionKit.Tests.TestSupport;

namespace PetitionKit.Tests.BuiltInTemplates;

public sealed partial class BuiltInTemplateTests
{
    public static TheoryData<string, string> Renders => new()
    {
        { "uscis-delay", "uscis-delay-i130" },
        { "uscis-delay", "uscis-delay-i589-pro-se" },
        { "naturalization-1447b", "naturalization-1447b" },
        { "consular-delay", "consular-delay-ds260" },
        { "foia", "foia" },
    };

    [Theory]
    [InlineData("uscis-delay")]
    [InlineData("naturalization-1447b")]
    [InlineData("consular-delay")]
    [InlineData("foia")]
    public async Task Load_BuiltInTemplate_HasNoWarnings(string id)
    {
        var template = await BuiltInTemplateRender.LoadAsync(id);

        template.Warnings.Should().BeEmpty();
        template.Tags.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task Render_CompleteView_IsCompleteValidAndCitesOnlyCatalogAuthorities(string id, string view)
    {
        var rendered = await BuiltInTemplateRender.RenderAsync(id, BuiltInTemplateRender.ViewJson(view));

        rendered.Report.MissingValues.Should().BeEmpty();
        rendered.Text.Should().NotContain("[MISSING");
        OpenXmlValidation.ShouldBeValid(rendered.Docx);
        rendered.Cited.Should().OnlyContain(citation => AuthorityCatalog.Find(citation) != null);
        AuthorityCatalog.FindAllDenied(rendered.Text).Should().BeEmpty();
        rendered.Text.Should().NotContainAny("Alvarez v. ICE", "Alvarez v. U.S. Immigration");
        rendered.Text.Should().NotContain("United States Attorney for");
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task Render_CompleteView_LeavesNoEmptyNumberedParagraphOrOrphanHeading(string id, string view)
    {
        var rendered = await BuiltInTemplateRender.RenderAsync(id, BuiltInTemplateRender.ViewJson(view));

        var paragraphs = BodyParagraphs(rendered.Docx);
        paragraphs.Where(p => p.Style is "NumberedParagraph" or "PrayerItem" && string.IsNullOrWhiteSpace(p.Text)).Should().BeEmpty();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (string.Equals(paragraphs[i].Style, "Heading1", StringComparison.Ordinal))
            {
                paragraphs.Should().HaveCountGreaterThan(i + 1, $"heading '{paragraphs[i].Text}' needs content");
                paragraphs[i + 1].Style.Should().NotBe("Heading1", $"heading '{paragraphs[i].Text}' is followed by another heading");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task Render_CompleteView_PrayerAsksForADecisionNeverApprovalOrIssuance(string id, string view)
    {
        var rendered = await BuiltInTemplateRender.RenderAsync(id, BuiltInTemplateRender.ViewJson(view));

        var prayer = rendered.Prayer.Replace('\u00A0', ' ');
        prayer.Should().StartWith("PRAYER FOR RELIEF");
        prayer.Should().NotContainAny("approve", "Approve", "issue", "Issue", "grant the", "naturaliz");
        if (string.Equals(id, "naturalization-1447b", StringComparison.Ordinal))
        {
            prayer.Should().Contain("determine the matter").And.Contain("remand the matter to USCIS with instructions to determine the application");
        }
        else if (string.Equals(id, "foia", StringComparison.Ordinal))
        {
            prayer.Should().Contain("produce all responsive records");
        }
        else
        {
            prayer.Should().MatchRegex("order Defendants? to (adjudicate|make a final decision on)");
        }
    }

    [Fact]
    public async Task Render_I130WithTwoPetitioners_PleadsBothCountsPluralsAndEveryDefendant()
    {
        var rendered = await BuiltInTemplateRender.RenderAsync("uscis-delay", BuiltInTemplateRender.ViewJson("uscis-delay-i130"));

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("FOR THE NORTHERN DISTRICT OF ILLINOIS").And.Contain("EASTERN DIVISION");
        text.Should().Contain("SECRETARY OF HOMELAND SECURITY, in official capacity;")
            .And.Contain("DIRECTOR, U.S. CITIZENSHIP AND IMMIGRATION SERVICES, in official capacity;")
            .And.Contain("PAT EXAMPLE, in official capacity as Director, Nebraska Service Center");
        text.Should().Contain("Plaintiffs,\n").And.Contain("Defendants.").And.Contain("Case No. ________________");
        text.Should().Contain("COUNT I\n").And.Contain("COUNT II\n").And.NotContain("in the Alternative");
        text.Should().Contain("5 U.S.C. § 706(1)").And.Contain("28 U.S.C. § 1361").And.Contain("28 U.S.C. § 1331");
        text.Should().Contain("Defendant Pat Example holds the office of Director, Nebraska Service Center and is sued in that official capacity only.");
        text.Should().Contain("Plaintiffs have asked about the delay twice").And.Contain("(Ex. C)");
        text.Should().Contain("8 C.F.R. § 204.2 [VERIFY: Unverified]");
        text.Should().Contain("INDEX OF EXHIBITS").And.Contain("Counsel for Plaintiffs");
        rendered.Report.ReviewItems.Should().Contain(item => item.Contains("Pat Example", StringComparison.Ordinal));
        text.Should().Contain("Fifth, the delay prejudices Plaintiffs' interest").And.Contain("The delay also burdens interests beyond health and welfare: Plaintiffs' ability to work");
        text.Should().NotContain("As to ");
    }

    [Fact]
    public async Task Render_AsylumProSeWithSparseFacts_ReadsNaturallyInTheSingular()
    {
        var rendered = await BuiltInTemplateRender.RenderAsync("uscis-delay", BuiltInTemplateRender.ViewJson("uscis-delay-i589-pro-se"));

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("\"Plaintiff\") brings this action").And.Contain("Plaintiff,\n").And.Contain("Defendant.");
        text.Should().Contain("Count II, for relief in the nature of mandamus, is pleaded in the alternative")
            .And.Contain("(in the Alternative)");
        text.Should().NotContain("HARM CAUSED BY THE DELAY").And.NotContain("INDEX OF EXHIBITS").And.NotContain("asked about the delay");
        text.Should().NotContain("DIVISION").And.NotContain("declare that");
        text.Should().Contain("/s/ Samir Haddad").And.Contain("Samir Haddad, pro se");
        text.Should().Contain("Defendant Director, Newark Asylum Office, is sued in official capacity only.").And.Contain("(1,605 days)");
        text.Should().Contain("Defendant has a duty under").And.Contain("order Defendant to adjudicate").And.NotContain("Defendants");
        rendered.Report.ReviewItems.Should().Contain(item => item.Contains("1158(d)(7)", StringComparison.Ordinal))
            .And.Contain(item => item.StartsWith("No pre-suit inquiry", StringComparison.Ordinal))
            .And.Contain(item => item.StartsWith("No harm facts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_Naturalization_PleadsASingleSection1447bCountWithoutMandamus()
    {
        var rendered = await BuiltInTemplateRender.RenderAsync("naturalization-1447b", BuiltInTemplateRender.ViewJson("naturalization-1447b"));

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("PETITION FOR A HEARING ON NATURALIZATION APPLICATION").And.Contain("Petitioner,\n").And.Contain("Respondents.");
        text.Should().Contain("8 U.S.C. § 1447(b)").And.Contain("8 C.F.R. § 335.3(a)").And.Contain("October 14, 2025");
        text.Should().Contain("COUNT I\n").And.NotContain("COUNT II").And.NotContain("1361").And.NotContainEquivalentOf("mandamus");
        text.Should().Contain("232 days have passed");
    }

    [Fact]
    public async Task Render_ConsularDs260_PleadsNoFinalDecisionAndFlagsConsularRisks()
    {
        var rendered = await BuiltInTemplateRender.RenderAsync("consular-delay", BuiltInTemplateRender.ViewJson("consular-delay-ds260"));

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("SECRETARY OF STATE, in official capacity;").And.Contain("CONSUL GENERAL, U.S. EMBASSY IN AMMAN, in official capacity");
        text.Should().Contain("8 U.S.C. § 1202(b)").And.Contain("22 C.F.R. § 42.81(a)").And.Contain("9 FAM 301.2-2(b)");
        text.Should().Contain("Defendants have not made a final decision on the immigrant visa application");
        text.Should().Contain("On February 11, 2025, a consular officer refused the application under INA § 221(g) and placed it in administrative processing")
            .And.Contain("it has been in administrative processing for one year, three months, and twenty-three days (477 days)")
            .And.Contain("Nothing remains for Plaintiffs to do.");
        text.Should().Contain("COUNT II").And.Contain("Plaintiff Amira Saleh resides in Amman, Jordan.");
        rendered.Report.ReviewItems.Should().Contain(item => item.StartsWith("221(g) finality", StringComparison.Ordinal))
            .And.Contain(item => item.StartsWith("Consular nonreviewability", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_ConsularSilentOnWhetherEverythingWasProvided_LeavesNothingRemainsToTheChecklist()
    {
        var view = JsonNode.Parse(BuiltInTemplateRender.ViewJson("consular-delay-ds260"))!;
        view["application"]!["all_requested_documents_provided"] = null;
        ((JsonArray)view["timeline"]!).RemoveAt(1);

        var rendered = await BuiltInTemplateRender.RenderAsync("consular-delay", view.ToJsonString());

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().NotContain("Nothing remains").And.NotContain("Since the refusal");
        rendered.Report.ReviewItems.Should().Contain(item => item.StartsWith("The petition does not say that every document", StringComparison.Ordinal))
            .And.Contain(item => item.Contains("is recorded in the timeline (kind administrative_processing_refusal)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_ConsularK1Stage_CitesTheNonimmigrantDutyAndAsksForAFinalDecision()
    {
        var view = JsonNode.Parse(BuiltInTemplateRender.ViewJson("consular-delay-ds260"))!;
        view["profile"]!["form"] = "I-129F";

        var rendered = await BuiltInTemplateRender.RenderAsync("consular-delay", view.ToJsonString());

        var text = rendered.Text.Replace('\u00A0', ' ');
        rendered.Report.MissingValues.Should().BeEmpty();
        text.Should().Contain("8 U.S.C. § 1202(d)").And.Contain("22 C.F.R. § 41.121(a)").And.NotContain("42.81(a)");
        text.Should().Contain("order Defendants to make a final decision on the K-1 nonimmigrant visa application");
        rendered.Report.ReviewItems.Should().Contain(item => item.StartsWith("Verify the start of the delay: for the K-1 stage the draft counts the time pending from the I-129F filing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_ConsularWithDocumentsStillOwed_PleadsNothingRemainsNowhereAndSaysSoInTheChecklist()
    {
        var view = JsonNode.Parse(BuiltInTemplateRender.ViewJson("consular-delay-ds260"))!;
        view["application"]!["all_requested_documents_provided"] = false;

        var rendered = await BuiltInTemplateRender.RenderAsync("consular-delay", view.ToJsonString());

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().NotContain("Nothing remains").And.NotContain("provided every document");
        rendered.Report.ReviewItems.Should().Contain(item => item.StartsWith("Left out of this section: the paragraph saying that every requested document has been provided", StringComparison.Ordinal))
            .And.NotContain(item => item.StartsWith("The petition does not say", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_Foia_UsesFoiasOwnCauseOfActionAgainstTheAgencyAndNoMandamus()
    {
        var rendered = await BuiltInTemplateRender.RenderAsync("foia", BuiltInTemplateRender.ViewJson("foia"));

        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT,\nDefendant.");
        text.Should().Contain("5 U.S.C. § 552(a)(4)(B)").And.Contain("5 U.S.C. § 552(a)(6)(A)(i)").And.Contain("5 U.S.C. § 552(a)(6)(C)(i)");
        text.Should().Contain("287(g) agreement").And.Contain("COUNT II\n").And.Contain("COUNT III\nWrongful Denial of a Fee Waiver").And.Contain("COUNT IV\nFailure to Decide the Request for Expedited Processing");
        text.Should().Contain("(Washington's Birthday, February 16, 2026; 5 U.S.C. § 6103(a)), the twentieth day was March 4, 2026.");
        text.Should().Contain("ended on March 4, 2026, 89 days before the date of this complaint");
        text.Should().NotContain("1361").And.NotContainEquivalentOf("mandamus").And.NotContain("706(1)");
        text.Should().Contain("5 U.S.C. § 552(a)(4)(E) [VERIFY: Unverified]");
        rendered.Report.ReviewItems.Should().Contain(item => item.StartsWith("Civil-rights claims: where the records concern", StringComparison.Ordinal),
            "the request names a 287(g) agreement");
    }

    [Fact]
    public async Task Render_FoiaForAnAFile_RaisesNoCivilRightsItem()
    {
        var view = System.Text.Json.Nodes.JsonNode.Parse(BuiltInTemplateRender.ViewJson("foia"))!;
        view["application"]!["category"] = "the complete alien file (A-file) of Plaintiff";

        var rendered = await BuiltInTemplateRender.RenderAsync("foia", view.ToJsonString());

        rendered.Report.ReviewItems.Should().NotContain(item => item.Contains("287(g)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Render_VeryLongFacts_NumbersEveryParagraphOnceAndConverts()
    {
        var view = JsonNode.Parse(BuiltInTemplateRender.ViewJson("uscis-delay-i130"))!;
        var timeline = view["timeline"]!.AsArray();
        for (var i = 1; i <= 40; i++)
        {
            timeline.Add(new JsonObject
            {
                ["date"] = $"2025-{(i % 12) + 1:00}-{(i % 27) + 1:00}",
                ["kind"] = "other",
                ["description"] = $"USCIS updated the online case status (entry {i}) without deciding the petition, " + string.Concat(Enumerable.Repeat("and the status page repeated that the case was still being actively reviewed by an officer ", 4)).TrimEnd(),
                ["exhibit_label"] = "A",
            });
        }

        var rendered = await BuiltInTemplateRender.RenderAsync("uscis-delay", view.ToJsonString());

        var numbered = BodyParagraphs(rendered.Docx).Count(p => string.Equals(p.Style, "NumberedParagraph", StringComparison.Ordinal));
        numbered.Should().BeGreaterThan(80);
        rendered.Text.Should().Contain("(entry 40)");
        OpenXmlValidation.ShouldBeValid(rendered.Docx);
        var pages = await LibreOffice.PageTextsAsync(rendered.Docx, "long-facts");
        pages.Should().HaveCountGreaterThan(10);
        string.Join("\n", pages).Should().Contain("PRAYER FOR RELIEF");
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public async Task Render_CompleteView_ConvertsWithLibreOfficeOnLetterPages(string id, string view)
    {
        var rendered = await BuiltInTemplateRender.RenderAsync(id, BuiltInTemplateRender.ViewJson(view));

        var pages = await LibreOffice.PageTextsAsync(rendered.Docx, view);

        pages.Should().HaveCountGreaterThan(2);
        var all = Whitespace().Replace(string.Join(" ", pages), " ");
        all.Should().Contain("UNITED STATES DISTRICT COURT").And.Contain("PRAYER FOR RELIEF").And.Contain("COUNT I");
    }

    private static List<(string Style, string Text)> BodyParagraphs(byte[] docx)
    {
        var w = DocxText.W;
        var body = DocxText.Part(docx, "word/document.xml").Root!.Element(w + "body")!;
        return body.Descendants(w + "p")
            .Select(p => ((string?)p.Element(w + "pPr")?.Element(w + "pStyle")?.Attribute(w + "val") ?? "Normal", DocxText.ParagraphText(p)))
            .ToList();
    }

    [GeneratedRegex("\\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
