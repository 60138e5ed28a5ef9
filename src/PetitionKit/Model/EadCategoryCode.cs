using System.Text.RegularExpressions;

namespace PetitionKit.Model;

/// <summary>Reads an I-765 eligibility category as the form prints it: a paragraph of 8 C.F.R. § 274a.12, (a) or (c),
/// a number, and sometimes a letter, such as <c>(c)(8)</c>, <c>(a)(12)</c> or <c>(c)(3)(C)</c>.</summary>
internal static partial class EadCategoryCode
{
    /// <summary>The category in its printed form, or null when the text does not have that shape. Spaces are ignored and
    /// the paragraph letter may be typed in either case: " (C) (8) " reads as "(c)(8)".</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            return null;
        }

        var paragraph = match.Groups["paragraph"].Value.ToLowerInvariant();
        var letter = match.Groups["letter"].Success ? $"({match.Groups["letter"].Value.ToUpperInvariant()})" : string.Empty;
        return $"({paragraph})({int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)}){letter}";
    }

    [GeneratedRegex(@"^\((?<paragraph>[acAC])\)\((?<number>[0-9]{1,2})\)(\((?<letter>[A-Za-z])\))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 10_000)]
    private static partial Regex Shape();
}
