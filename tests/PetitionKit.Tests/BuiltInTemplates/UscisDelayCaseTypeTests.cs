using System.Text.Json;
using System.Text.Json.Nodes;
using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Tests.BuiltInTemplates;

/// <summary>Renders uscis-delay once for every USCIS case type in the catalog, with that case type's own profile,
/// duty sources, clocks, review items and default officials.</summary>
public sealed class UscisDelayCaseTypeTests
{
    public static TheoryData<string> UscisCaseTypes => new(CaseTypeCatalog.All
        .Where(p => p.MandamusFits && p.Claims.Contains(Claim.Apa) && p.Agency.StartsWith("USCIS", StringComparison.Ordinal))
        .Select(p => p.CaseType.ToString()));

    [Fact]
    public void UscisCaseTypes_Catalog_CoversTheUscisCaseTypes() =>
        UscisCaseTypes.Should().HaveCountGreaterThanOrEqualTo(10);

    [Theory]
    [MemberData(nameof(UscisCaseTypes))]
    public async Task Render_EachUscisCaseType_IsCompleteAndPleadsItsOwnDutyAndCounts(string caseType)
    {
        var profile = CaseTypeCatalog.Get(Enum.Parse<CaseType>(caseType));
        var view = JsonNode.Parse(BuiltInTemplateRender.ViewJson("uscis-delay-i130"))!;
        view["application"]!["form"] = profile.Form;
        view["duty"]!["legal_sources"] = new JsonArray();
        view["officials"] = new JsonArray(profile.DefaultOfficials.Where(o => !o.IsOptional)
            .Select(o => (JsonNode)new JsonObject { ["title"] = o.Title, ["agency"] = o.Agency }).ToArray());
        view["analysis"]!["statutory_clocks"] = new JsonArray(profile.StatutoryClocks.Where(c => c.Days is not null)
            .Select(c => (JsonNode)new JsonObject
            {
                ["authority_id"] = c.AuthorityId, ["is_hortatory"] = c.IsHortatory, ["days"] = c.Days,
                ["start_date"] = "2024-03-01", ["ends_on"] = "2024-08-28", ["days_past"] = 644,
            }).ToArray());
        view["duty_sources"] = new JsonObject
        {
            ["duty"] = IdsWithRole(profile, DutySourceRole.Duty),
            ["discretion"] = IdsWithRole(profile, DutySourceRole.DiscretionOverOutcome),
            ["timetables"] = IdsWithRole(profile, DutySourceRole.Timetable),
        };
        view["pleaded_claims"] = new JsonArray(profile.Claims.Select(c => (JsonNode)JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString())).ToArray());
        view["profile"] = new JsonObject
        {
            ["display_name"] = profile.DisplayName,
            ["form"] = profile.Form,
            ["claims"] = new JsonArray(profile.Claims.Select(c => (JsonNode)JsonNamingPolicy.SnakeCaseLower.ConvertName(c.ToString())).ToArray()),
            ["duty_source_ids"] = new JsonArray(profile.DutySourceIds.Select(id => (JsonNode)id).ToArray()),
            ["review_items"] = new JsonArray(profile.ReviewItems.Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["text"] = r.Text }).ToArray()),
        };

        var rendered = await BuiltInTemplateRender.RenderAsync("uscis-delay", view.ToJsonString());

        rendered.Report.MissingValues.Should().BeEmpty();
        // A timetable is cited only where its clock is pleaded, never as the duty's source.
        var dutyOrDiscretion = profile.DutySourceIds.Where(id => AuthorityCatalog.Find(id)!.DutyRole != DutySourceRole.Timetable);
        rendered.Cited.Should().Contain(dutyOrDiscretion).And.OnlyContain(id => AuthorityCatalog.Find(id) != null);
        var text = rendered.Text.Replace('\u00A0', ' ');
        text.Should().Contain("COUNT I\n").And.Contain("COUNT II\n").And.Contain($"adjudicate the {profile.Form}");
        if (string.Equals(profile.Form, "I-589", StringComparison.Ordinal))
        {
            text.Should().Contain("(in the Alternative)");
        }
        else
        {
            text.Should().NotContain("in the Alternative");
        }

        rendered.Prayer.Should().NotContainAny("approve", "issue");
        rendered.Report.ReviewItems.Should().Contain(profile.ReviewItems.Select(r => r.Text));
        AuthorityCatalog.FindAllDenied(text).Should().BeEmpty();
    }

    private static JsonArray IdsWithRole(CaseTypeProfile profile, DutySourceRole role) =>
        new(profile.DutySourceIds.Where(id => AuthorityCatalog.Find(id)!.DutyRole == role).Select(id => (JsonNode)id).ToArray());
}
