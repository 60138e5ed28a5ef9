using System.Xml.Linq;

namespace PetitionKit.Word.WordXml;

/// <summary>WordprocessingML names (ECMA-376 Part 1 §17) the engine reads, kept in one place; their namespaces are
/// <see cref="WordNamespaces"/>'.</summary>
internal static class W
{
    public static readonly XNamespace Ns = WordXml.WordNamespaces.Main;
    public static readonly XNamespace WpNs = WordXml.WordNamespaces.WordprocessingDrawing;
    public static readonly XName P = Ns + "p";
    public static readonly XName R = Ns + "r";
    public static readonly XName T = Ns + "t";
    public static readonly XName PPr = Ns + "pPr";
    public static readonly XName RPr = Ns + "rPr";
    public static readonly XName Tbl = Ns + "tbl";
    public static readonly XName Tr = Ns + "tr";
    public static readonly XName Tc = Ns + "tc";
    public static readonly XName SectPr = Ns + "sectPr";
    public static readonly XName PStyle = Ns + "pStyle";
    public static readonly XName OutlineLvl = Ns + "outlineLvl";
    public static readonly XName Val = Ns + "val";
    public static readonly XName Body = Ns + "body";
    public static readonly XName ProofErr = Ns + "proofErr";
    public static readonly XName BookmarkStart = Ns + "bookmarkStart";
    public static readonly XName BookmarkEnd = Ns + "bookmarkEnd";
    public static readonly XName DocPr = WpNs + "docPr";
    public static readonly XName Id = "id";
    public static readonly XName Space = XNamespace.Xml + "space";
}
