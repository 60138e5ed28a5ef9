using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Tests.Diagnostics;

/// <summary>docs/diagnostics.md is the one documented list of codes: it must list exactly the code table's codes, each
/// under its constant's name, so that neither can change without the other.</summary>
public sealed partial class DiagnosticCodesDocumentTests
{
    [Fact]
    public void Document_ListsEveryCodeOfTheTableUnderItsName_AndNoOther()
    {
        var documented = DocumentedCodes();

        documented.Select(row => (row.Code, row.Name)).Should().BeEquivalentTo(TableCodes(),
            "docs/diagnostics.md lists each DiagnosticCodes constant as '| code | name | meaning |'");
    }

    [Fact]
    public void Document_ListsEachCodeOnceInCodeOrder_WithAMeaning()
    {
        var documented = DocumentedCodes();

        documented.Select(row => row.Code).Should().OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        documented.Should().OnlyContain(row => row.Meaning.Length > 0);
    }

    [Fact]
    public void Table_GivesEachCodeOneName_InTheFamilyOfItsStage()
    {
        var table = TableCodes();

        table.Select(entry => entry.Code).Should().OnlyHaveUniqueItems("a code is never given two meanings");
        table.Should().OnlyContain(entry => CodeShape().IsMatch(entry.Code));
    }

    private static List<(string Code, string Name)> TableCodes() =>
    [
        .. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => ((string)field.GetRawConstantValue()!, field.Name)),
    ];

    private static List<(string Code, string Name, string Meaning)> DocumentedCodes() =>
    [
        .. File.ReadAllLines(DocumentPath())
            .Select(line => Row().Match(line))
            .Where(match => match.Success)
            .Select(match => (match.Groups["code"].Value, match.Groups["name"].Value, match.Groups["meaning"].Value.Trim())),
    ];

    private static string DocumentPath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "diagnostics.md"));

    [GeneratedRegex(@"^\| (?<code>PK[0-9]+) \| (?<name>\w+) \| (?<meaning>.*) \|$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex Row();

    [GeneratedRegex("^PK[1234][0-9]{3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex CodeShape();
}
