using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes Word comments that point at gaps in a draft, and the markup that anchors them in the text.</summary>
/// <remarks>Comments carry no date: a date would have to come from a clock, and the same inputs must give the same
/// bytes (ECMA-376 Part 1, §17.13.4.2 makes <c>w:date</c> optional). Author "PetitionKit", initials "PK".
/// Every returned element declares the <c>w</c> namespace itself, so it parses alone and splices anywhere. The markup
/// comes from <see cref="WordFragment"/>; the existing part is only read here.</remarks>
internal static class GapComments
{
    public const string Author = "PetitionKit";
    public const string Initials = "PK";

    private static readonly XNamespace WNs = WordNamespaces.Main;

    /// <summary>The whole comments part: the existing comments, kept as they are, then one per gap.</summary>
    /// <param name="comments">The comments to add, each with an id no existing comment has.</param>
    /// <param name="existingCommentsXml">The part's current XML, or null or empty when there is none.</param>
    /// <returns>The <c>w:comments</c> root element, without an XML declaration.</returns>
    /// <exception cref="ArgumentException">An id is negative or repeated, or the existing XML is not a <c>w:comments</c> root.</exception>
    public static string CommentsPartXml(IReadOnlyList<GapComment> comments, string? existingCommentsXml = null)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var root = Parse(existingCommentsXml);
        var taken = Ids(root).ToHashSet();
        var added = new StringBuilder();
        foreach (var comment in comments)
        {
            if (comment.Id < 0 || !taken.Add(comment.Id))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Comment id {comment.Id} is negative or already used; take ids from GapComments.NextId."),
                    nameof(comments));
            }

            added.Append(WordFragment.Comment(comment.Id, Author, Initials, comment.Text));
        }

        return AppendToRoot(root, added.ToString());
    }

    /// <summary>The lowest id above every comment id in the existing part.</summary>
    /// <param name="existingCommentsXml">The part's current XML, or null or empty when there is none.</param>
    /// <returns>0 when there are no comments; otherwise the highest id plus one.</returns>
    public static int NextId(string? existingCommentsXml) => NextIdOf(Parse(existingCommentsXml));

    /// <summary>The lowest id above every comment id under a parsed <c>w:comments</c> root: the one rule for both the
    /// template compiler, which reads the part once at load, and callers holding the part as text.</summary>
    internal static int NextIdOf(XElement commentsRoot) => Ids(commentsRoot).DefaultIfEmpty(-1).Max() + 1;

    /// <summary>The markup wrapped around the text a comment is about: <c>Start</c> goes before its first run,
    /// <c>End</c> (range end plus the run holding the comment's reference mark) after its last run, inside the
    /// same paragraph.</summary>
    /// <param name="id">The comment's id.</param>
    /// <returns>Run-level XML, each element declaring the <c>w</c> namespace.</returns>
    public static (string Start, string End) RangeMarkup(int id) =>
        (WordFragment.CommentRangeStart(id), WordFragment.CommentRangeEnd(id));

    /// <summary>The existing part, serialized as it was, with the new comments as its last children.</summary>
    /// <remarks>The comments are written for a root binding <c>w</c> to WordprocessingML, as Word's parts do; under
    /// another prefix they declare it themselves.</remarks>
    private static string AppendToRoot(XElement root, string commentsXml)
    {
        var xml = root.ToString(SaveOptions.DisableFormatting);
        if (commentsXml.Length == 0)
        {
            return xml;
        }

        var prefix = root.GetPrefixOfNamespace(WNs);
        if (!string.Equals(prefix, "w", StringComparison.Ordinal))
        {
            commentsXml = commentsXml.Replace("<w:comment ", "<w:comment " + WordFragment.MainDeclaration + " ", StringComparison.Ordinal);
        }

        if (!root.IsEmpty)
        {
            return xml.Insert(xml.LastIndexOf("</", StringComparison.Ordinal), commentsXml);
        }

        // An empty root was written as <w:comments … />: it opens instead, holds the comments and closes.
        var endTag = "</" + (string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ":") + "comments>";
        return string.Concat(xml.AsSpan(0, xml.Length - (xml.EndsWith(" />", StringComparison.Ordinal) ? 3 : 2)), ">", commentsXml, endTag);
    }

    private static IEnumerable<int> Ids(XElement root) =>
        root.Elements(WNs + "comment")
            .Select(c => int.TryParse((string?)c.Attribute(WNs + "id"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .Where(id => id >= 0);

    private static XElement Parse(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return new XElement(WNs + "comments", new XAttribute(XNamespace.Xmlns + "w", WordNamespaces.Main));
        }

        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var root = XElement.Load(reader);
        return root.Name == WNs + "comments"
            ? root
            : throw new ArgumentException("The existing comments part's root is not w:comments.", nameof(xml));
    }
}
