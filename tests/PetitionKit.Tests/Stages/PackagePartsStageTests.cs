using System.Text;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Tests.Stages;

/// <summary>The marks' package edits alone (docs/engine.md#the-marks): a package's entries in, parts added with their
/// content types and relationships, the entries out. What the marks do not add stays byte for byte.</summary>
public sealed class PackagePartsStageTests
{
    private const string Rels = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string HeaderType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header";
    private const string HeaderContent = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";

    // As Word writes a package: relative targets, no byte order mark, its own declaration.
    private static readonly string WordManifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"" + HeaderContent + "\"/>"
        + "<Override PartName=\"/word/header2.xml\" ContentType=\"" + HeaderContent + "\"/></Types>";

    private static readonly string WordDocumentRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"" + Rels + "\">"
        + "<Relationship Id=\"rIdPk1\" Type=\"" + HeaderType + "\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>"
        + "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml\" Target=\"../customXml/item1.xml\"/></Relationships>";

    [Fact]
    public void Add_ToAWordPackage_NamesTypesAndRelatesThePartAndChangesNothingElse()
    {
        var entries = WordPackage();
        var package = new PackageParts(entries);

        var (name, id) = package.Add("word/document.xml", "word/header{0}.xml", HeaderContent, HeaderType, Encoding.UTF8.GetBytes("<w:hdr/>"));
        var written = package.ToEntries();

        name.Should().Be("word/header3.xml", "header1.xml exists and header2.xml is typed by the manifest though missing");
        id.Should().Be("rIdPk2", "rIdPk1 is taken");
        written.Select(e => e.Name).Should().Equal([.. entries.Select(e => e.Name), "word/header3.xml"]);
        Text(written, "word/_rels/document.xml.rels").Should().Be(WordDocumentRels.Replace(
            "</Relationships>", $"<Relationship Type=\"{HeaderType}\" Target=\"/word/header3.xml\" Id=\"rIdPk2\" /></Relationships>", StringComparison.Ordinal));
        Text(written, "[Content_Types].xml").Should().Be(WordManifest.Replace(
            "</Types>", $"<Override PartName=\"/word/header3.xml\" ContentType=\"{HeaderContent}\" /></Types>", StringComparison.Ordinal));
        foreach (var entry in entries.Where(e => e.Name is "word/document.xml" or "word/header1.xml" or "_rels/.rels"))
        {
            written.Single(e => string.Equals(e.Name, entry.Name, StringComparison.Ordinal)).Content.Should().Equal(entry.Content, $"{entry.Name} is not the marks'");
        }
    }

    [Fact]
    public void Related_ResolvesRelativeTargetsAndKnowsOnlyInternalPartsThatExist()
    {
        var package = new PackageParts([.. WordPackage(), new PackageEntry("customXml/item1.xml", Encoding.UTF8.GetBytes("<x/>"))]);

        package.Related("word/document.xml", "rIdPk1", HeaderType, HeaderContent).Should().Be("word/header1.xml");
        package.Related("word/document.xml", "rId8", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml", "application/xml").Should().Be("customXml/item1.xml");
        package.Related("word/document.xml", "rIdPk1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer", HeaderContent).Should().BeNull("the relationship's type must match");
        package.Related("word/document.xml", "rIdPk1", HeaderType, "application/xml").Should().BeNull("the part's content type must match");
        package.Related("word/document.xml", "rId7", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "application/xml").Should().BeNull("an external target is no part");
        package.RelatedAll("word/document.xml", HeaderType, HeaderContent).Should().Equal("word/header1.xml");
    }

    [Fact]
    public void Add_FromAPartWithoutRelationships_WritesANewRelationshipsPartLast_AndADefaultTypeNeedsNoOverride()
    {
        var package = new PackageParts(WordPackage());

        package.Add("word/header1.xml", "word/media/image{0}.xml", "application/xml", "http://example.org/rel", [1, 2]);
        var written = package.ToEntries();

        written.Select(e => e.Name).TakeLast(2).Should().Equal("word/media/image1.xml", "word/_rels/header1.xml.rels");
        Text(written, "word/_rels/header1.xml.rels").Should().Be(
            $"\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><Relationships xmlns=\"{Rels}\"><Relationship Type=\"http://example.org/rel\" Target=\"/word/media/image1.xml\" Id=\"rIdPk1\" /></Relationships>");
        Text(written, "[Content_Types].xml").Should().Be(WordManifest, "the xml extension's default already types the part");
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!-- a -- comment --><w:hdr xmlns:w=\"w\" />", "<?xml version=\"1.0\"?><!-- a -- comment --><w:hdr xmlns:w=\"w\"><p/></w:hdr>", "<?xml version=\"1.0\"?><!-- a -- comment --><w:hdr xmlns:w=\"w\"><p/></w:hdr>")]
    [InlineData("<w:ftr a=\"x>y\"><w:p/></w:ftr>\r\n", "<w:ftr a=\"x>y\"><p/><w:p/></w:ftr>\r\n", "<w:ftr a=\"x>y\"><w:p/><p/></w:ftr>\r\n")]
    public void PartText_PrependAndAppend_EditOnlyTheRootsContent(string original, string prepended, string appended)
    {
        var part = PartText.Decode(Encoding.UTF8.GetBytes("\uFEFF" + original));

        part.PrependToRoot("<p/>").Should().Be("\uFEFF" + prepended);
        part.AppendToRoot("<p/>").Should().Be("\uFEFF" + appended);
        part.Encode(part.Text).Should().Equal(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(original)), "the byte order mark is kept");
    }

    [Theory]
    [InlineData("<?x")]
    [InlineData("<!-- never ends")]
    [InlineData("<w:ftr xmlns:w=\"w\"><w:p/>")]
    [InlineData("<w:ftr xmlns:w=\"w\"><w:p/><!-- </w:p> -->")]
    public void PartText_WithoutAWholeRoot_IsAnXmlErrorNeverAHangOrACrash(string xml)
    {
        var part = PartText.Decode(Encoding.UTF8.GetBytes(xml));

        ((Action)(() => part.AppendToRoot("<p/>"))).Should().Throw<System.Xml.XmlException>();
    }

    [Fact]
    public void PartText_CommentAfterTheRoot_IsNotWhereTheXmlGoes()
    {
        var part = PartText.Decode(Encoding.UTF8.GetBytes("<r><a/></r><!-- </x> -->"));

        part.AppendToRoot("<p/>").Should().Be("<r><a/><p/></r><!-- </x> -->");
    }

    [Fact]
    public void Related_IgnoresCaseInPartNames_AndATargetOfAnotherContentType()
    {
        var entries = WordPackage();
        var rels = entries.FindIndex(e => string.Equals(e.Name, "word/_rels/document.xml.rels", StringComparison.Ordinal));
        entries[rels] = new PackageEntry(entries[rels].Name, Encoding.UTF8.GetBytes(WordDocumentRels
            .Replace("Target=\"header1.xml\"", "Target=\"Header1.XML\"", StringComparison.Ordinal)
            .Replace("</Relationships>", $"<Relationship Id=\"rId9\" Type=\"{HeaderType}\" Target=\"document.xml\"/></Relationships>", StringComparison.Ordinal)));
        var package = new PackageParts(entries);

        package.Related("word/document.xml", "rIdPk1", HeaderType, HeaderContent).Should().Be("word/header1.xml");
        package.Related("word/document.xml", "rId9", HeaderType, HeaderContent).Should().BeNull("a header relationship to the main document is no header");
        package.Replace("word/Header1.XML", [1]);
        package.ToEntries().Should().Contain(e => e.Name == "word/header1.xml" && e.Content.Length == 1, "the entry keeps its own name");
    }

    private static List<PackageEntry> WordPackage() =>
    [
        new("[Content_Types].xml", Encoding.UTF8.GetBytes(WordManifest)),
        new("_rels/.rels", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<Relationships xmlns=\"{Rels}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")),
        new("word/document.xml", Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")),
        new("word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(WordDocumentRels)),
        new("word/header1.xml", Encoding.UTF8.GetBytes("<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")),
    ];

    private static string Text(IReadOnlyList<PackageEntry> entries, string name) => Encoding.UTF8.GetString(entries.Single(e => string.Equals(e.Name, name, StringComparison.Ordinal)).Content);
}
