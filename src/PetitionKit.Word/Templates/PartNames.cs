using System.Text.RegularExpressions;

namespace PetitionKit.Word.Templates;

/// <summary>Names package parts the way Word users know them.</summary>
internal static partial class PartNames
{
    public static string Describe(string partUri)
    {
        if (string.IsNullOrEmpty(partUri))
        {
            return "package";
        }

        if (partUri.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase) || partUri.Contains("core-properties", StringComparison.OrdinalIgnoreCase))
        {
            // Packages written by System.IO.Packaging name the core properties part by a hash (ECMA-376 Part 2 §11).
            return "document properties";
        }

        var file = partUri[(partUri.LastIndexOf('/') + 1)..];
        var numbered = NumberedPart().Match(file);
        if (numbered.Success)
        {
            var kind = numbered.Groups["kind"].Value;
            var number = numbered.Groups["n"].Value;
            return number.Length == 0 ? kind : $"{kind} {number}";
        }

        return file switch
        {
            "document.xml" => "body",
            "footnotes.xml" => "footnotes",
            "endnotes.xml" => "endnotes",
            "comments.xml" => "comments",
            "core.xml" or "custom.xml" => "document properties",
            _ => file,
        };
    }

    [GeneratedRegex("^(?<kind>header|footer)(?<n>[0-9]*)\\.xml$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex NumberedPart();
}
