using System.Globalization;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Packaging;

/// <summary>A template package's parts being marked: read and replaced by name, parts added with their content types
/// and relationships, and written back as entries. Works on the bytes the loader read and checked, with no package
/// library: every part the marks do not change stays byte for byte as the template had it.</summary>
/// <remarks>New parts are named, typed and related as the Open XML SDK and <c>System.IO.Packaging</c> named, typed
/// and related them when they wrote the marks, and come after the template's own parts in the order they were added,
/// new relationship parts last; so a template they wrote gives the package it gave before.</remarks>
internal sealed class PackageParts
{
    private const string ContentTypesName = "[Content_Types].xml";

    private readonly List<PackageEntry> _entries;
    // Part names are compared without case (ECMA-376 Part 2 §9.1.1.1): a target spelt Header1.xml is word/header1.xml.
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PartRelationships> _relationships = new(StringComparer.Ordinal);
    private readonly List<string> _newOverrides = [];
    private readonly Dictionary<string, string> _defaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _overrides = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes a package's entries, [Content_Types].xml among them.</summary>
    public PackageParts(IReadOnlyList<PackageEntry> entries)
    {
        _entries = [.. entries];
        for (var i = 0; i < _entries.Count; i++)
        {
            _index[_entries[i].Name] = i;
        }

        ReadContentTypes();
    }

    /// <summary>A part's bytes, or null when there is no such part.</summary>
    public byte[]? Content(string name) => _index.TryGetValue(name, out var i) ? _entries[i].Content : null;

    /// <summary>Replaces a part's bytes.</summary>
    public void Replace(string name, byte[] content)
    {
        var i = _index[name];
        _entries[i] = new PackageEntry(_entries[i].Name, content);
    }

    /// <summary>A part's content type: its Override, else its extension's Default, else null.</summary>
    public string? ContentType(string name) =>
        _overrides.TryGetValue(name, out var type) ? type
        : _defaults.TryGetValue(Path.GetExtension(name).TrimStart('.'), out var byDefault) ? byDefault
        : null;

    /// <summary>The relationships of a part, or of the package itself for an empty name.</summary>
    public PartRelationships Relationships(string source)
    {
        if (!_relationships.TryGetValue(source, out var relationships))
        {
            relationships = PartRelationships.Read(source, Content);
            _relationships[source] = relationships;
        }

        return relationships;
    }

    /// <summary>The part a source's relationship of the given id and type points to, when that part exists.</summary>
    public string? Related(string source, string id, string type, string contentType) =>
        Relationships(source).Target(id, type) is { } target && IsPart(target, contentType) ? EntryName(target) : null;

    /// <summary>The existing parts a source's relationships of a type point to, in order.</summary>
    public IEnumerable<string> RelatedAll(string source, string type, string contentType) =>
        Relationships(source).Targets(type).Where(target => IsPart(target, contentType)).Select(EntryName);

    // The entry's own spelling of a name a relationship may spell in another case.
    private string EntryName(string name) => _entries[_index[name]].Name;

    // A relationship counts only when it reaches an existing part of the type it promises: marks are never written
    // into the main document, the manifest or a picture a hostile relationship points at.
    private bool IsPart(string name, string contentType) =>
        _index.ContainsKey(name) && string.Equals(ContentType(name), contentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds a part related from a source.</summary>
    /// <param name="source">The source part, or empty for the package.</param>
    /// <param name="nameFormat">The new part's name; <c>{0}</c>, when present, is numbered from 1 until free.</param>
    /// <param name="contentType">The new part's content type.</param>
    /// <param name="relationshipType">The relationship's type.</param>
    /// <param name="content">The new part's bytes.</param>
    /// <returns>The new part's name and the relationship's id.</returns>
    public (string Name, string Id) Add(string source, string nameFormat, string contentType, string relationshipType, byte[] content)
    {
        var name = FreeName(nameFormat);
        _index[name] = _entries.Count;
        _entries.Add(new PackageEntry(name, content));
        var extension = Path.GetExtension(name).TrimStart('.');
        if (!_defaults.TryGetValue(extension, out var byDefault) || !string.Equals(byDefault, contentType, StringComparison.Ordinal))
        {
            _newOverrides.Add($"<Override PartName=\"/{XmlEscape.Attribute(name)}\" ContentType=\"{XmlEscape.Attribute(contentType)}\" />");
        }

        return (name, Relationships(source).Add(relationshipType, name));
    }

    /// <summary>The package's entries with every change written: parts in their order, new ones after, then new
    /// relationship parts; the manifest and relationship parts edited where they stand.</summary>
    public IReadOnlyList<PackageEntry> ToEntries()
    {
        var entries = new List<PackageEntry>(_entries);
        foreach (var relationships in _relationships.Values.Where(r => r.Changed))
        {
            var bytes = relationships.ToBytes();
            if (_index.TryGetValue(relationships.RelsName, out var i))
            {
                entries[i] = new PackageEntry(relationships.RelsName, bytes);
            }
            else
            {
                entries.Add(new PackageEntry(relationships.RelsName, bytes));
            }
        }

        if (_newOverrides.Count > 0)
        {
            var i = _index[ContentTypesName];
            var manifest = PartText.Decode(entries[i].Content);
            entries[i] = new PackageEntry(ContentTypesName, manifest.Encode(manifest.AppendToRoot(string.Concat(_newOverrides))));
        }

        return entries;
    }

    private string FreeName(string format)
    {
        if (!format.Contains("{0}", StringComparison.Ordinal))
        {
            if (IsFree(format))
            {
                return format;
            }

            format = Path.ChangeExtension(format, null) + "{0}" + Path.GetExtension(format);
        }

        for (var n = 1; ; n++)
        {
            var name = string.Format(CultureInfo.InvariantCulture, format, n);
            if (IsFree(name))
            {
                return name;
            }
        }
    }

    // A name the manifest already types is taken too: a second Override for it would make the manifest invalid.
    private bool IsFree(string name) => !_index.ContainsKey(name) && !_overrides.ContainsKey(name);

    private void ReadContentTypes()
    {
        var manifest = Content(ContentTypesName) ?? throw new InvalidDataException("The package has no [Content_Types].xml.");
        using var reader = System.Xml.XmlReader.Create(new MemoryStream(manifest, writable: false), Loading.PackageReader.SafeXml);
        while (reader.Read())
        {
            if (reader.NodeType != System.Xml.XmlNodeType.Element || reader.Depth != 1)
            {
                continue;
            }

            if (string.Equals(reader.LocalName, "Default", StringComparison.Ordinal))
            {
                _defaults.TryAdd(reader.GetAttribute("Extension") ?? string.Empty, reader.GetAttribute("ContentType") ?? string.Empty);
            }
            else if (string.Equals(reader.LocalName, "Override", StringComparison.Ordinal))
            {
                _overrides.TryAdd(Uri.UnescapeDataString((reader.GetAttribute("PartName") ?? string.Empty).TrimStart('/')), reader.GetAttribute("ContentType") ?? string.Empty);
            }
        }
    }
}
