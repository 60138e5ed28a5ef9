using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Packaging;

/// <summary>The content types and relationship types of the parts the engine reads and the marks add (ECMA-376
/// Part 1 §15.2, Part 2 §11): the one table of them.</summary>
internal static class PartTypes
{
    private const string Wml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    public const string HeaderContent = Wml + "header+xml";
    public const string FooterContent = Wml + "footer+xml";
    public const string CommentsContent = Wml + "comments+xml";
    public const string SettingsContent = Wml + "settings+xml";
    public const string FootnotesContent = Wml + "footnotes+xml";
    public const string EndnotesContent = Wml + "endnotes+xml";
    public const string CoreContent = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string CustomContent = "application/vnd.openxmlformats-officedocument.custom-properties+xml";

    public const string Header = WordNamespaces.Relationships + "/header";
    public const string Footer = WordNamespaces.Relationships + "/footer";
    public const string Comments = WordNamespaces.Relationships + "/comments";
    public const string Settings = WordNamespaces.Relationships + "/settings";
    public const string Footnotes = WordNamespaces.Relationships + "/footnotes";
    public const string Endnotes = WordNamespaces.Relationships + "/endnotes";
    public const string CustomProperties = WordNamespaces.Relationships + "/custom-properties";
    public const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";

    /// <summary>The declaration the Open XML SDK's writer gave a part it created.</summary>
    public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
}
