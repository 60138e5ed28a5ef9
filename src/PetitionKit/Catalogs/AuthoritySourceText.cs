using System.Text.RegularExpressions;

namespace PetitionKit.Catalogs;

/// <summary>An authority's catalog source as the reviewing attorney reads it. The catalog records where each authority was
/// checked in research terms (a file in an outside repository that holds a copy of the U.S. Code, a section of the
/// research notes, a web page). The attorney needs what kind of source it was and whether it can be trusted for the
/// current text, not the research trail: a repository copy becomes "an unofficial copy of …", a research-note entry with
/// no source says that no source was read, and a web address stays, because the attorney can open it.</summary>
internal static partial class AuthoritySourceText
{
    private const string CodeCopy = "an unofficial copy of the U.S. Code current to April 2023 (later amendments missing)";
    private const string RulesCopy = "an unofficial copy of the Federal Rules of Civil Procedure";
    private const string NoSourceRead = "no source was read";
    private const string NoSourceFound = "no source was found";
    private const string SourceNotRecorded = "a source the research did not record";

    /// <summary>The source in words, its parts joined by "; ", each kind named once.</summary>
    public static string ForReview(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = source.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Part)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // A part that says nothing was read adds nothing beside a part that names a real source.
        if (parts.Count > 1)
        {
            parts.RemoveAll(p => p is NoSourceRead or NoSourceFound or SourceNotRecorded);
        }

        return parts.Count == 0 ? NoSourceRead : string.Join("; ", parts);
    }

    private static string Part(string part)
    {
        if (part.StartsWith("codexstanford/", StringComparison.Ordinal))
        {
            return CodeCopy;
        }

        if (part.StartsWith("usarscotus/", StringComparison.Ordinal))
        {
            return RulesCopy;
        }

        if (part.StartsWith("not found", StringComparison.Ordinal))
        {
            return NoSourceFound;
        }

        if (part.StartsWith("legal-brief.md", StringComparison.Ordinal))
        {
            return part.Contains("no source read", StringComparison.Ordinal) || part.Contains("no tag or source", StringComparison.Ordinal)
                ? NoSourceRead
                : SourceNotRecorded;
        }

        // A web address stays; a pointer into the research files beside it ("(authorities.md § 2)") goes.
        return ResearchFilePointer().Replace(part, string.Empty);
    }

    [GeneratedRegex(@" ?\((?:authorities|legal-brief)\.md[^)]*\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ResearchFilePointer();
}
