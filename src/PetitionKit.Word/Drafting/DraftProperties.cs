using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Writes the draft's document properties: what File › Info and a document management system show.</summary>
/// <remarks>The core part is edited as XML rather than through <c>PackageProperties</c>, whose part name for a
/// missing core part is random; only facts about the template go in, nothing about a person or a case.
/// The description keeps the template's own description after the draft notice, so a description holding
/// template tags still renders.</remarks>
internal static class DraftProperties
{
    public const string ContentStatus = "Attorney Review Draft";
    public const string Notice = "Attorney review draft — not for filing";
    public const string AsOfTag = "{{ draft.as_of }}";

    private static readonly XNamespace Cp = WordNamespaces.CoreProperties;
    private static readonly XNamespace Dc = WordNamespaces.DublinCore;
    private static readonly XNamespace Custom = WordNamespaces.CustomProperties;
    private static readonly XNamespace Vt = WordNamespaces.VariantTypes;

    // The format id Office gives user-defined custom properties (MS-OSHARED §2.3.3.2.1.1).
    private const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    public static void Apply(WordprocessingDocument document, TemplateIdentity identity)
    {
        WriteCore(document);
        WriteCustom(document, identity);
    }

    private static void WriteCore(WordprocessingDocument document)
    {
        var part = document.CoreFilePropertiesPart ?? document.AddNewPart<CoreFilePropertiesPart>(RelationshipIds.Next(document));
        var xml = Read(part) ?? new XDocument(new XElement(
            Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc)));
        var root = xml.Root!;
        Set(root, Cp + "contentStatus", ContentStatus);
        Set(root, Cp + "category", Notice);
        var description = root.Element(Dc + "description")?.Value.Trim() ?? string.Empty;
        Set(root, Dc + "description", description.Length == 0 ? Notice + "." : $"{Notice}. {description}");
        Write(part, xml);
    }

    private static void WriteCustom(WordprocessingDocument document, TemplateIdentity identity)
    {
        var part = document.CustomFilePropertiesPart ?? document.AddNewPart<CustomFilePropertiesPart>(RelationshipIds.Next(document));
        var xml = Read(part) ?? new XDocument(new XElement(
            Custom + "Properties",
            new XAttribute(XNamespace.Xmlns + "vt", Vt)));
        var root = xml.Root!;
        SetCustom(root, "PetitionKit.Template", DraftMarks.Inert(identity.Name));
        if (!string.IsNullOrWhiteSpace(identity.Version))
        {
            SetCustom(root, "PetitionKit.TemplateVersion", DraftMarks.Inert(identity.Version));
        }

        SetCustom(root, "PetitionKit.TemplateHash", identity.ContentHash);
        SetCustom(root, "PetitionKit.AsOf", AsOfTag);
        Write(part, xml);
    }

    private static void Set(XElement root, XName name, string value)
    {
        var element = root.Element(name);
        if (element is null)
        {
            root.Add(new XElement(name, XmlEscape.Clean(value)));
        }
        else
        {
            element.RemoveAttributes();
            element.Value = XmlEscape.Clean(value);
        }
    }

    private static void SetCustom(XElement root, string name, string value)
    {
        var property = root.Elements(Custom + "property")
            .FirstOrDefault(p => string.Equals((string?)p.Attribute("name"), name, StringComparison.Ordinal));
        if (property is null)
        {
            // Property ids start at 2 (0 and 1 are reserved) and must be unique in the part.
            var pid = root.Elements(Custom + "property")
                .Select(p => int.TryParse((string?)p.Attribute("pid"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1)
                .DefaultIfEmpty(1)
                .Max() + 1;
            property = new XElement(
                Custom + "property",
                new XAttribute("fmtid", UserDefinedFormatId),
                new XAttribute("pid", pid.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("name", name));
            root.Add(property);
        }

        property.ReplaceNodes(new XElement(Vt + "lpwstr", XmlEscape.Clean(value)));
    }

    private static XDocument? Read(OpenXmlPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        if (stream.Length == 0)
        {
            return null;
        }

        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static void Write(OpenXmlPart part, XDocument xml)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.Save(writer);
    }
}
