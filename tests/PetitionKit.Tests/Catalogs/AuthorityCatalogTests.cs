using System.Text.Json;
using System.Text.RegularExpressions;
using PetitionKit.Catalogs;

namespace PetitionKit.Tests.Catalogs;

public sealed partial class AuthorityCatalogTests
{
    [Theory]
    [InlineData("28-usc-1361", "28 U.S.C. § 1361", AuthorityKind.Statute, VerificationStatus.Verified)]
    [InlineData("5-usc-706-1", "5 U.S.C. § 706(1)", AuthorityKind.Statute, VerificationStatus.Verified)]
    [InlineData("5-usc-555-b", "5 U.S.C. § 555(b)", AuthorityKind.Statute, VerificationStatus.Verified)]
    [InlineData("8-usc-1447-b", "8 U.S.C. § 1447(b)", AuthorityKind.Statute, VerificationStatus.Verified)]
    [InlineData("frcp-81-b", "Fed. R. Civ. P. 81(b)", AuthorityKind.Rule, VerificationStatus.Verified)]
    [InlineData("9-fam-301-2-2-b", "9 FAM 301.2-2(b)", AuthorityKind.AgencyGuidance, VerificationStatus.Verified)]
    [InlineData("trac", "Telecommunications Research & Action Center v. FCC, 750 F.2d 70, 80 (D.C. Cir. 1984)", AuthorityKind.Case, VerificationStatus.SecondaryOnly)]
    [InlineData("heckler-v-ringer", "Heckler v. Ringer, 466 U.S. 602, 616 (1984)", AuthorityKind.Case, VerificationStatus.Unverified)]
    public void Find_KnownId_ReturnsCitationKindAndTag(string id, string citation, AuthorityKind kind, VerificationStatus status)
    {
        var authority = AuthorityCatalog.Find(id);

        authority.Should().NotBeNull();
        authority!.Citation.Should().Be(citation);
        authority.Kind.Should().Be(kind);
        authority.Verification.Should().Be(status);
    }

    [Theory]
    [InlineData("8-cfr-216-4")] // the brief's [V] rests on a law-firm page
    [InlineData("8-cfr-208-7-a-1")] // the current 30-day sentence was not read
    public void Find_AuthorityDowngradedByAuthoritiesFile_IsSecondaryOnly(string id)
    {
        var authority = AuthorityCatalog.Find(id);

        authority!.Verification.Should().Be(VerificationStatus.SecondaryOnly);
    }

    [Fact]
    public void Find_CitationWithUnconfirmedReporterCite_IsUnverified()
    {
        var cheejati = AuthorityCatalog.Find("cheejati-v-blinken");

        cheejati!.Verification.Should().Be(VerificationStatus.Unverified);
        cheejati.ContentVerification.Should().Be(VerificationStatus.SecondaryOnly);
    }

    [Theory]
    [InlineData("no-such-id")]
    [InlineData("alvarez-v-ice")]
    public void Find_UnknownId_ReturnsNull(string id)
    {
        var authority = AuthorityCatalog.Find(id);

        authority.Should().BeNull();
    }

    [Fact]
    public void All_Always_HasUniqueKebabIdsAndASourceForEachEntry()
    {
        var authorities = AuthorityCatalog.All;

        authorities.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        authorities.Should().OnlyContain(a => KebabId().IsMatch(a.Id));
        authorities.Should().OnlyContain(a => a.Citation.Length > 0 && a.ShortName.Length > 0 && a.Source.Length > 0);
        AuthorityCatalog.VerifiedOn.Should().Be(new DateOnly(2026, 6, 20));
    }

    [Fact]
    public void FindDenied_TextCitingAlvarezVIce_FindsItWithTheRealCitation()
    {
        var denied = AuthorityCatalog.FindDenied("As the court held in Alvarez v. ICE, mandamus lies against ICE.");

        denied.Should().NotBeNull();
        denied!.RealCitation.Should().Contain("818 F.3d 1194 (11th Cir. 2016)");
        denied.Reason.Should().Contain("Bivens");
    }

    [Theory]
    [InlineData("ALVAREZ vs. ICE")]
    [InlineData("Alvarez\nv.\u00a0I.C.E.")]
    [InlineData("Alvarez v. U.S. Immigration & Customs Enforcement, 818 F.3d 1194 (11th Cir. 2016)")]
    [InlineData("Alvarez v Immigration and Customs Enforcement")]
    [InlineData("see 818 F. 3d 1194")]
    [InlineData("Walji v. Gonzales, 489 F.3d 738 (5th Cir. 2007)")]
    [InlineData("Cheejati v. Blinken, 97 F.4th 988")]
    public void FindDenied_VariantSpellings_AreFound(string text)
    {
        var denied = AuthorityCatalog.FindDenied(text);

        denied.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Alvarez v. Raufer, No. 19-3155 (E.D. Pa. Mar. 11, 2020)")]
    [InlineData("Alvarez v. Icelandic Air")]
    [InlineData("Walji v. Gonzales, 500 F.3d 432 (5th Cir. 2007)")]
    [InlineData("")]
    public void FindDenied_TextWithoutDeniedCitation_ReturnsNull(string text)
    {
        var denied = AuthorityCatalog.FindDenied(text);

        denied.Should().BeNull();
    }

    [Fact]
    public void FindAllDenied_TwoDeniedCitations_FindsBoth()
    {
        var denied = AuthorityCatalog.FindAllDenied("Alvarez v. ICE; Walji, 489 F.3d 738.");

        denied.Select(d => d.Pattern).Should().Equal("Alvarez v. ICE", "489 F.3d 738");
    }

    [Fact]
    public void Denied_AllCatalogText_MatchesNoDeniedPattern()
    {
        var matches = CatalogTexts.All()
            .Select(t => (t.Where, Denied: AuthorityCatalog.FindDenied(t.Text)))
            .Where(t => t.Denied is not null)
            .Select(t => $"{t.Where}: {t.Denied!.Pattern}");

        matches.Should().BeEmpty();
    }

    [Theory]
    [InlineData("federal-districts.json")]
    [InlineData("receipt-offices.json")]
    [InlineData("authorities.json")]
    [InlineData("case-types.json")]
    public void Denied_EmbeddedDataFile_MatchesNoDeniedPatternOutsideTheDenyList(string fileName)
    {
        using var stream = typeof(AuthorityCatalog).Assembly.GetManifestResourceStream("PetitionKit.Catalogs.Data." + fileName);
        using var document = JsonDocument.Parse(stream!);

        var matches = StringsOf(document.RootElement, "$")
            .Where(s => !s.Path.StartsWith("$.denied", StringComparison.Ordinal))
            .Where(s => AuthorityCatalog.FindDenied(s.Text) is not null)
            .Select(s => s.Path);

        matches.Should().BeEmpty();
    }

    [Fact]
    public void Denied_EachEntry_MatchesItsOwnPattern()
    {
        var denied = AuthorityCatalog.Denied;

        denied.Should().NotBeEmpty();
        denied.Should().OnlyContain(d => AuthorityCatalog.FindDenied(d.Pattern) != null);
        denied.Should().OnlyContain(d => d.Reason.Length > 0 && d.RealCitation.Length > 0 && d.Source.Length > 0);
    }

    private static IEnumerable<(string Path, string Text)> StringsOf(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.String => [(path, element.GetString()!)],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringsOf(p.Value, $"{path}.{p.Name}")),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((e, i) => StringsOf(e, $"{path}[{i}]")),
        _ => [],
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KebabId();
}
