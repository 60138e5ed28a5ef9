using System.Globalization;

namespace PetitionKit.Word.Rendering;

/// <summary>Segments of a JSON path as error messages print them: <c>.name</c>, <c>['odd key']</c>, <c>[2]</c>.</summary>
internal static class JsonPathSegment
{
    public static string Property(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? "." + name : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    public static string Index(int index) => string.Create(CultureInfo.InvariantCulture, $"[{index}]");
}
