using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PetitionKit.Catalogs;
using PetitionKit.IntakePage.Intake;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Tests;

/// <summary>Every field on every step, for every case type, says what it is for in words a paralegal reads: never a type
/// name ("see ReceiptNumber"), a keyword ("null") or a JSON note; and every choice reads as words.</summary>
public sealed partial class FieldHelpTests
{
    public static TheoryData<string> CaseTypes() => [.. CaseTypeCatalog.All.Select(p => Steps.JsonName(p.CaseType))];

    [Theory]
    [MemberData(nameof(CaseTypes))]
    public void EveryFieldOnEveryStep_HasHelpInPlainWords(string caseType)
    {
        foreach (var organization in new[] { false, true })
        {
            var state = Filled(caseType, organization);
            foreach (var step in Steps.All)
            {
                foreach (var field in Steps.Sections(step, state).SelectMany(s => s.Fields))
                {
                    var where = $"{caseType}, step {step.Id}, field {field.Path}";
                    field.Help.Should().NotBeNullOrWhiteSpace(where);
                    $"{field.Help} {field.Note}".Should().NotMatchRegex(Code(), $"{where} should read as words, not code");
                    foreach (var choice in field.Choices)
                    {
                        choice.Label.Should().NotContain("_", where);
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryChoiceTheStepsList_HasItsOwnWords()
    {
        Enum[] members =
        [
            .. Enum.GetValues<PetitionerRole>().Cast<Enum>(), .. Enum.GetValues<VenueBasis>().Cast<Enum>(),
            .. Enum.GetValues<TimelineEventKind>().Cast<Enum>(), .. Enum.GetValues<HarmKind>().Cast<Enum>(),
            .. Enum.GetValues<OfficialRole>().Cast<Enum>(), .. Enum.GetValues<SignerKind>().Cast<Enum>(),
            .. Enum.GetValues<FoiaProcessingDecision>().Cast<Enum>(), .. Enum.GetValues<Claim>().Cast<Enum>(),
        ];

        members.Where(m => !FieldHelp.HasLabel(m)).Should().BeEmpty("a choice named by its code reads as \"Director uscis\"");
    }

    // A petition with one item in every list, so that every group of fields is drawn.
    private static PetitionState Filled(string caseType, bool organization)
    {
        var state = PetitionState.TryParse("""{"court": {"court_id": "cand"}}""")!;
        state.Set("case_type", caseType);
        foreach (var list in PetitionState.Lists)
        {
            state.Add(list, list.EndsWith(".requests", StringComparison.Ordinal) ? JsonValue.Create("x") : new JsonObject { ["role"] = "agency" });
        }

        if (organization)
        {
            Parties.MakeOrganization(state, "petitioners[0]");
        }

        return state;
    }

    // CamelCase type names, C# keywords, JSON notes and "see X" cross-references.
    [GeneratedRegex(@"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b|\b(?:null|true|false|JSON|snake_case)\b|\bsee [A-Z]|\b[a-z]+_[a-z_]+\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Code();
}
