using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the draft's document properties: what File › Info and a document management system show.</summary>
/// <remarks>The core part is edited as XML rather than through <c>PackageProperties</c>, whose part name for a
/// missing core part is random; only facts about the template go in, nothing about a person or a case.
/// The description keeps the template's own description after the draft notice, so a description holding
/// template tags still renders. The properties are written by <see cref="WordFragment"/>; the template's own part is
/// only read here and kept as it was around them (<see cref="PartEdit"/>).</remarks>
internal static class DraftProperties
{
    public const string AsOfTag = "{{ draft.as_of }}";

    private static readonly XNamespace Cp = WordNamespaces.CoreProperties;
    private static readonly XNamespace Dc = WordNamespaces.DublinCore;
    private static readonly XNamespace Custom = WordNamespaces.CustomProperties;
    private static readonly XNamespace Vt = WordNamespaces.VariantTypes;

    public static void Apply(PackageParts package, DraftMarking marking, TemplateIdentity identity)
    {
        WriteCore(package, marking);
        WriteCustom(package, identity);
    }

    private static void WriteCore(PackageParts package, DraftMarking marking)
    {
        var notice = DraftMarks.Inert(marking.NoticeText);
        var part = package.RelatedAll(string.Empty, PartTypes.CoreProperties, PartTypes.CoreContent).FirstOrDefault();
        var edit = new PartEdit(Read(package, part) ?? XDocument.Parse(WordFragment.EmptyCoreProperties));
        var root = edit.Root;
        var description = root.Element(Dc + "description")?.Value.Trim() ?? string.Empty;
        SetText(edit, Cp, "cp", "contentStatus", DraftMarks.Inert(marking.StatusText));
        SetText(edit, Cp, "cp", "category", notice);
        SetText(edit, Dc, "dc", "description", description.Length == 0 ? notice + "." : $"{notice}. {description}");
        Write(package, part, "docProps/core.xml", PartTypes.CoreContent, PartTypes.CoreProperties, edit.ToXml());
    }

    private static void WriteCustom(PackageParts package, TemplateIdentity identity)
    {
        var part = package.RelatedAll(string.Empty, PartTypes.CustomProperties, PartTypes.CustomContent).FirstOrDefault();
        var edit = new PartEdit(Read(package, part) ?? XDocument.Parse(WordFragment.EmptyCustomProperties));

        // Property ids start at 2 (0 and 1 are reserved) and must be unique in the part; a property set again keeps its id.
        var nextPid = edit.Root.Elements(Custom + "property").Select(Pid).DefaultIfEmpty(1).Max() + 1;
        void Set(string name, string value)
        {
            var existing = edit.Root.Elements(Custom + "property")
                .FirstOrDefault(p => string.Equals((string?)p.Attribute("name"), name, StringComparison.Ordinal));
            var (propertyName, propertyDeclaration) = Qualified(edit.Root, Custom, "op", "property");
            var (stringName, stringDeclaration) = Qualified(edit.Root, Vt, "vt", "lpwstr");
            var pid = existing is null ? nextPid++ : Pid(existing);
            var declarations = string.Join(" ", new[] { propertyDeclaration, stringDeclaration }.Where(d => d.Length > 0));
            edit.Put(existing, WordFragment.CustomProperty(propertyName, stringName, declarations, pid, name, value));
        }

        Set("PetitionKit.Template", DraftMarks.Inert(identity.Name));
        if (!string.IsNullOrWhiteSpace(identity.Version))
        {
            Set("PetitionKit.TemplateVersion", DraftMarks.Inert(identity.Version));
        }

        Set("PetitionKit.TemplateHash", identity.ContentHash);
        Set("PetitionKit.AsOf", AsOfTag);
        Write(package, part, "docProps/custom.xml", PartTypes.CustomContent, PartTypes.CustomProperties, edit.ToXml());
    }

    private static void SetText(PartEdit edit, XNamespace ns, string prefix, string localName, string value)
    {
        var (name, declaration) = Qualified(edit.Root, ns, prefix, localName);
        edit.Put(edit.Root.Element(ns + localName), WordFragment.TextElement(name, declaration, value));
    }

    private static int Pid(XElement property) =>
        int.TryParse((string?)property.Attribute("pid"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;

    /// <summary>An element's name as the part's root spells it, and a declaration where the root does not bind its namespace.</summary>
    private static (string Name, string Declaration) Qualified(XElement root, XNamespace ns, string prefix, string localName)
    {
        if (root.GetDefaultNamespace() == ns)
        {
            return (localName, string.Empty);
        }

        var bound = root.GetPrefixOfNamespace(ns);
        return bound is null
            ? ($"{prefix}:{localName}", $"xmlns:{prefix}=\"{ns.NamespaceName}\"")
            : ($"{bound}:{localName}", string.Empty);
    }

    private static XDocument? Read(PackageParts package, string? part)
    {
        if (part is null || package.Content(part) is not { Length: > 0 } content)
        {
            return null;
        }

        using var reader = XmlReader.Create(new MemoryStream(content, writable: false), PackageReader.SafeXml);
        return XDocument.Load(reader);
    }

    // A part the template had is replaced; a new one is added where the Open XML SDK put it, related from the package.
    private static void Write(PackageParts package, string? part, string newName, string contentType, string relationshipType, string xml)
    {
        var bytes = new UTF8Encoding(false).GetBytes(xml);
        if (part is null)
        {
            package.Add(string.Empty, newName, contentType, relationshipType, bytes);
        }
        else
        {
            package.Replace(part, bytes);
        }
    }

    /// <summary>A properties part kept as the template wrote it, with fragments in place of the properties set:
    /// a property already there is replaced where it stands, a new one goes last.</summary>
    private sealed class PartEdit(XDocument document)
    {
        // A processing instruction holds the place of a replaced property until the part is text again.
        private const string PlaceTarget = "petitionkit-property";

        private readonly List<string> _replacements = [];
        private readonly StringBuilder _appended = new();

        public XElement Root { get; } = RemovePlaceholders(document).Root!;

        public void Put(XElement? existing, string fragmentXml)
        {
            if (existing is null)
            {
                _appended.Append(fragmentXml);
                return;
            }

            existing.ReplaceWith(new XProcessingInstruction(PlaceTarget, _replacements.Count.ToString(CultureInfo.InvariantCulture)));
            _replacements.Add(fragmentXml);
        }

        /// <summary>The part's text, with the XML declaration the writer of the Open XML SDK would give it.</summary>
        public string ToXml()
        {
            var root = new StringBuilder(Root.ToString(SaveOptions.DisableFormatting));
            for (var i = 0; i < _replacements.Count; i++)
            {
                root.Replace(string.Create(CultureInfo.InvariantCulture, $"<?{PlaceTarget} {i}?>"), _replacements[i]);
            }

            return string.Concat(
                Declaration(document.Declaration),
                string.Concat(Root.NodesBeforeSelf().Select(n => n.ToString())),
                Append(root.ToString()),
                string.Concat(Root.NodesAfterSelf().Select(n => n.ToString())));
        }

        private string Append(string root)
        {
            if (_appended.Length == 0)
            {
                return root;
            }

            if (!Root.IsEmpty)
            {
                return root.Insert(root.LastIndexOf("</", StringComparison.Ordinal), _appended.ToString());
            }

            // An empty root was written as <x … />: it opens instead, holds the new properties and closes.
            var prefix = Root.GetPrefixOfNamespace(Root.Name.Namespace);
            var endTag = "</" + (string.IsNullOrEmpty(prefix) ? string.Empty : prefix + ":") + Root.Name.LocalName + ">";
            return string.Concat(root.AsSpan(0, root.Length - (root.EndsWith(" />", StringComparison.Ordinal) ? 3 : 2)), ">", _appended.ToString(), endTag);
        }

        private static string Declaration(XDeclaration? declaration) => declaration?.Standalone switch
        {
            "yes" => "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>",
            "no" => "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>",
            _ => "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
        };

        // A template's own instruction of that name would be taken for a place: it has no meaning in a properties part.
        private static XDocument RemovePlaceholders(XDocument xml)
        {
            xml.DescendantNodes().OfType<XProcessingInstruction>()
                .Where(p => string.Equals(p.Target, PlaceTarget, StringComparison.Ordinal)).Remove();
            return xml;
        }
    }
}
