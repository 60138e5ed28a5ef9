using System.Xml;
using PetitionKit.Word.Loading;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Packaging;

/// <summary>The relationships of one source (a part, or the package itself) as its <c>.rels</c> part holds them
/// (ECMA-376 Part 2 §9.3), with the ones the marks add written after them in the spelling
/// <c>System.IO.Packaging</c> gave them.</summary>
internal sealed class PartRelationships
{
    /// <summary>The start of a relationships part that does not exist yet, as <c>System.IO.Packaging</c> wrote it.</summary>
    private const string NewPartStart =
        "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"" + WordNamespaces.PackageRelationships + "\">";

    private readonly PartText? _text;
    private readonly List<Relationship> _all;
    private readonly List<Relationship> _added = [];

    // Looked up by id for every reference of every section, so a part with thousands of relationships stays linear.
    private readonly Dictionary<string, Relationship> _byId = new(StringComparer.Ordinal);

    private PartRelationships(string relsName, string sourceFolder, PartText? text, List<Relationship> all)
    {
        RelsName = relsName;
        SourceFolder = sourceFolder;
        _text = text;
        _all = all;
        foreach (var relationship in all)
        {
            _byId.TryAdd(relationship.Id, relationship);
        }
    }

    /// <summary>Gets the name of the <c>.rels</c> part.</summary>
    public string RelsName { get; }

    /// <summary>Gets the folder relative targets are resolved from, with a trailing slash, or empty for the root.</summary>
    public string SourceFolder { get; }

    /// <summary>Gets whether the <c>.rels</c> part is new.</summary>
    public bool IsNew => _text is null;

    /// <summary>Gets whether relationships were added.</summary>
    public bool Changed => _added.Count > 0;

    /// <summary>Reads the relationships of a source part, or of the package when <paramref name="source"/> is empty.</summary>
    /// <exception cref="XmlException">The <c>.rels</c> part is not well-formed XML.</exception>
    public static PartRelationships Read(string source, Func<string, byte[]?> content)
    {
        var slash = source.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : source[..(slash + 1)];
        var relsName = folder + "_rels/" + source[(slash + 1)..] + ".rels";
        var bytes = content(relsName);
        if (bytes is null)
        {
            return new PartRelationships(relsName, folder, null, []);
        }

        var all = new List<Relationship>();
        using (var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), PackageReader.SafeXml))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1
                    && string.Equals(reader.LocalName, "Relationship", StringComparison.Ordinal)
                    && string.Equals(reader.NamespaceURI, WordNamespaces.PackageRelationships, StringComparison.Ordinal))
                {
                    all.Add(new Relationship(
                        reader.GetAttribute("Id") ?? string.Empty,
                        reader.GetAttribute("Type") ?? string.Empty,
                        reader.GetAttribute("Target") ?? string.Empty,
                        string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.Ordinal)));
                }
            }
        }

        return new PartRelationships(relsName, folder, PartText.Decode(bytes), all);
    }

    /// <summary>The part a relationship of the given id points to, when it is internal and of the given type.</summary>
    public string? Target(string id, string type) =>
        _byId.TryGetValue(id, out var relationship) && !relationship.External
            && string.Equals(relationship.Type, type, StringComparison.Ordinal)
            ? Resolve(relationship.Target)
            : null;

    /// <summary>The parts the internal relationships of a type point to, in order.</summary>
    public IEnumerable<string> Targets(string type) =>
        _all.Where(r => !r.External && string.Equals(r.Type, type, StringComparison.Ordinal)).Select(r => Resolve(r.Target));

    /// <summary>Adds a relationship to a part, with an id no relationship of this source has.</summary>
    /// <returns>The new relationship's id.</returns>
    public string Add(string type, string partName)
    {
        // Ids are derived from what is there, never random: the same template always gives the same package.
        var id = Enumerable.Range(1, int.MaxValue - 1)
            .Select(n => "rIdPk" + n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(candidate => !_byId.ContainsKey(candidate));
        var relationship = new Relationship(id, type, "/" + partName, External: false);
        _all.Add(relationship);
        _byId[id] = relationship;
        _added.Add(relationship);
        return id;
    }

    /// <summary>The <c>.rels</c> part's bytes: the template's text with the added relationships before its end.</summary>
    public byte[] ToBytes()
    {
        var added = string.Concat(_added.Select(r =>
            $"<Relationship Type=\"{XmlEscape.Attribute(r.Type)}\" Target=\"{XmlEscape.Attribute(r.Target)}\" Id=\"{r.Id}\" />"));
        return _text is null
            ? PartText.EncodeNew(NewPartStart + added + "</Relationships>")
            : _text.Encode(_text.AppendToRoot(added));
    }

    // A relative target is resolved against the source's folder (Part 2 §9.3.2.2); a leading slash starts at the root.
    private string Resolve(string target)
    {
        var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var combined = path.StartsWith('/') ? path : SourceFolder + path;
        var segments = new List<string>();
        foreach (var segment in combined.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (string.Equals(segment, "..", StringComparison.Ordinal))
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (!string.Equals(segment, ".", StringComparison.Ordinal))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    private sealed record Relationship(string Id, string Type, string Target, bool External);
}
