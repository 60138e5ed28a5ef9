using System.Globalization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Warns, with the field's path, for characters that change how text reads without showing themselves, in every
/// string of the petition, names included: bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
/// print a name or a number in an order other than the one typed, and zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF), which make two spellings of a name look the same. Like the privacy warnings (PK1150–PK1153), each opens a
/// checklist item naming the field; the draft prints the text as typed, so the attorney must look.</summary>
internal static class InvisibleCharacterRules
{
    public static void Check(ValidationContext context)
    {
        foreach (var leaf in PetitionLeaves.Of(context.Petition))
        {
            if (leaf.Value is not string text)
            {
                continue;
            }

            if (Find(text, IsBidiControl) is { } bidi)
            {
                context.Warning(DiagnosticCodes.BidiControlCharacter, leaf.Path,
                    $"This text holds a bidirectional control character ({bidi}), which can make it print in an order other than the one typed. Retype the text without it, and check the drafted text reads as intended.");
            }

            if (Find(text, IsZeroWidth) is { } zeroWidth)
            {
                context.Warning(DiagnosticCodes.ZeroWidthCharacter, leaf.Path,
                    $"This text holds an invisible zero-width character ({zeroWidth}), which makes two different spellings look the same. Delete it, and check the name matches the agency's records.");
            }
        }
    }

    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool IsZeroWidth(char c) => c is >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>The distinct characters found, as "U+202E, U+2066", or null when there are none.</summary>
    private static string? Find(string text, Func<char, bool> matches)
    {
        var found = text.Where(matches).Distinct().Order().Select(c => string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")).ToList();
        return found.Count == 0 ? null : string.Join(", ", found);
    }
}
