using System.Globalization;
using System.Text.RegularExpressions;

namespace PetitionKit.Word.Lexing;

/// <summary>Private-use characters that stand for a tag inside serialized XML between lexing and compiling.</summary>
/// <remarks>U+E000–U+E0FF are legal XML characters that Word never writes in these parts; any already present are
/// removed from the template's text at lexing, so a marker can only be one of ours.</remarks>
internal static partial class TagMarkers
{
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    /// <summary>Stands for a drawing id that must be made unique per render.</summary>
    public const char DrawingId = '\uE002';

    /// <summary>Marks where the review checklist goes: just before the body's last section properties.</summary>
    public const char ChecklistSlot = '\uE003';

    public const string ProcessingInstructionTarget = "pk";

    public static string Inline(int id) => string.Create(CultureInfo.InvariantCulture, $"{Start}{id}{Stop}");

    /// <summary>Finds inline markers and the processing instructions that stand for paragraph- and row-level tags.</summary>
    [GeneratedRegex("\uE000(?<a>[0-9]+)\uE001|<\\?pk (?<b>[0-9]+)\\?>", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10_000)]
    public static partial Regex Any();

    public static bool IsPrivateMarker(char c) => c is >= '\uE000' and <= '\uE0FF';
}
