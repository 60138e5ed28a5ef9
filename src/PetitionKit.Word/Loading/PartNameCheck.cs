using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Word.Loading;

/// <summary>Refuses zip entry names that are not part names (ECMA-376 Part 2 §6.2.2): a name that climbs out of the
/// package, is absolute, or uses a drive or backslash would be copied into every draft, where an unzipper may write
/// outside its folder and Word or LibreOffice refuse the file.</summary>
internal static class PartNameCheck
{
    public static void Check(string name, string templateName)
    {
        if (IsSafe(name))
        {
            return;
        }

        throw TemplateLoadError.Create(templateName, DiagnosticCodes.UnsafePartName,
            "The package holds an entry whose name is not a part name (it is absolute, climbs with '..', or holds a drive, a backslash or a control character). Word never writes such names; the file is refused as unsafe.",
            "/" + Printable(name));
    }

    private static bool IsSafe(string name)
    {
        if (name.Length == 0 || name[0] == '/' || name.Contains('\\', StringComparison.Ordinal) || name.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        // A folder entry ends with '/'; every other segment must be a real name.
        var segments = name.EndsWith('/') ? name[..^1].Split('/') : name.Split('/');
        return segments.All(s => s.Length > 0 && s is not "." and not "..");
    }

    private static string Printable(string name) => new(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
