using PetitionKit.Catalogs;
using PetitionKit.Petitions;

namespace PetitionKit.Tests.Catalogs;

/// <summary>The "Citations to verify" line an attorney reads for each authority: what it is, when and in what kind of
/// source it was checked, and the note — never the research trail (repository paths, research file names).</summary>
public sealed class CitationChecklistLineTests
{
    private static readonly string[] ResearchTrail =
        [".md", ".txt", "codexstanford", "usarscotus", "chunck", "hadiemadi", "AlextheYounga", "legal-brief", "authorities.md", "research brief", "never link"];

    [Theory]
    [InlineData("8-usc-1447-b",
        "Verify 8 U.S.C. § 1447(b) and its current version: PetitionKit's research checked it on 2026-06-20 in an unofficial copy of the U.S. Code current to April 2023 (later amendments missing).")]
    [InlineData("frcp-4-m",
        "Verify Fed. R. Civ. P. 4(m) and its current version: PetitionKit's research checked it on 2026-06-20 in an unofficial copy of the Federal Rules of Civil Procedure.")]
    [InlineData("kucana-v-holder",
        "Verify Kucana v. Holder, 558 U.S. 233 (2010) and its current version: PetitionKit's research checked it on 2026-06-20 in https://supreme.justia.com/cases/federal/us/558/233.")]
    [InlineData("trac",
        "Verify Telecommunications Research & Action Center v. FCC, 750 F.2d 70, 80 (D.C. Cir. 1984) and its current version: PetitionKit's research saw it on 2026-06-20 only in a secondary source (https://www.studicata.com/")]
    [InlineData("5-usc-552-a-4-e",
        "Verify 5 U.S.C. § 552(a)(4)(E) and its current version: NOT verified (no source was read): confirm it exists and says what the draft says.")]
    [InlineData("heckler-v-ringer",
        "Verify Heckler v. Ringer, 466 U.S. 602, 616 (1984) and its current version: NOT verified (no source was found): confirm it exists and says what the draft says. Note: The quotation has no source")]
    public void ChecklistFor_SaysKindOfSourceAndDate(string id, string expectedStart)
    {
        var line = CitationFunction.ChecklistFor(AuthorityCatalog.Find(id)!).Text;

        line.Should().StartWith(expectedStart);
    }

    [Fact]
    public void ChecklistFor_EveryAuthority_NamesNoResearchFileOrRepositoryPath()
    {
        var leaks = AuthorityCatalog.All
            .Select(a => CitationFunction.ChecklistFor(a).Text)
            .Where(line => ResearchTrail.Any(t => line.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        leaks.Should().BeEmpty();
    }
}
