using System.Text;
using System.Xml.Linq;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Stages;

/// <summary>The marks' edit of the main document alone (docs/engine.md#the-marks): the document's text in, its sections
/// found, references added and dropped as text, the text out. Everything the edit does not touch stays byte for byte.</summary>
public sealed class SectionMarkupStageTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RDeclaration = " xmlns:r=\"" + R + "\"";

    [Fact]
    public void Sections_PrettyPrintedWithCrLf_AreFoundInOrderAndEditedInPlace()
    {
        var text = $"<?xml version=\"1.0\"?>\r\n<w:document xmlns:w=\"{W}\">\r\n  <w:body>\r\n    <w:p>\r\n      <w:pPr>\r\n        <w:sectPr w:rsidR=\"a>b\">\r\n          <w:titlePg/>\r\n        </w:sectPr>\r\n      </w:pPr>\r\n    </w:p>\r\n    <w:sectPr>\r\n      <w:pgSz w:w=\"12240\"/>\r\n    </w:sectPr>\r\n  </w:body>\r\n</w:document>";
        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes(text));

        document.Sections.Should().HaveCount(2);
        document.Sections[0].TitlePage.Should().BeTrue();
        document.Sections[1].TitlePage.Should().BeNull();
        MainDocumentText.Prepend(document.Sections[0], header: true, "first", "rIdPk1");
        MainDocumentText.Prepend(document.Sections[1], header: false, "default", "rIdPk2");

        Encoding.UTF8.GetString(document.ToBytes()).Should().Be(text
            .Replace("<w:sectPr w:rsidR=\"a>b\">", $"<w:sectPr w:rsidR=\"a>b\"><w:headerReference w:type=\"first\" r:id=\"rIdPk1\"{RDeclaration} />", StringComparison.Ordinal)
            .Replace("    <w:sectPr>\r\n", $"    <w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdPk2\"{RDeclaration} />\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Prepend_SeveralReferences_TheLastAddedComesFirst_AndABoundPrefixIsNotDeclaredAgain()
    {
        var text = $"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:sectPr/></w:body></w:document>";
        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes(text));

        MainDocumentText.Prepend(document.Sections[0], header: true, "default", "rIdPk1");
        MainDocumentText.Prepend(document.Sections[0], header: false, "default", "rIdPk2");

        Encoding.UTF8.GetString(document.ToBytes()).Should().Be(
            $"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdPk2\" /><w:headerReference w:type=\"default\" r:id=\"rIdPk1\" /></w:sectPr></w:body></w:document>");
    }

    [Fact]
    public void Remove_DanglingReferenceWithContent_GoesWholeAndNothingElseMoves()
    {
        var text = $"<w:document xmlns:w=\"{W}\" xmlns:r=\"{R}\"><w:body><w:p/><w:sectPr><w:headerReference w:type=\"even\" r:id=\"rId9\"><!-- x --></w:headerReference><w:footerReference r:id=\"rId3\"/><w:pgSz/></w:sectPr></w:body></w:document>";
        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes(text));

        var references = document.Sections.Single().References;
        references.Select(r => (r.Header, r.Type, r.Id)).Should().Equal((true, "even", "rId9"), (false, "default", "rId3"));
        document.Remove(references[0]);

        Encoding.UTF8.GetString(document.ToBytes()).Should().Be(text.Replace("<w:headerReference w:type=\"even\" r:id=\"rId9\"><!-- x --></w:headerReference>", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Sections_TrackedChangesPreviousProperties_AreNotASection()
    {
        var text = $"<w:document xmlns:w=\"{W}\"><w:body><w:sectPr><w:sectPrChange w:id=\"1\"><w:sectPr><w:titlePg/></w:sectPr></w:sectPrChange></w:sectPr></w:body></w:document>";

        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes(text));

        document.Sections.Should().ContainSingle().Which.TitlePage.Should().BeNull();
    }

    [Theory]
    [InlineData("<w:p/>", "<w:p/><w:sectPr xmlns:w=\"" + W + "\"><w:headerReference w:type=\"default\" r:id=\"rIdPk1\"" + RDeclaration + " /></w:sectPr></w:body>")]
    [InlineData("<w:sectPr/><w:p/>", "<w:sectPr/><w:p/><w:sectPr xmlns:w=\"" + W + "\"><w:headerReference w:type=\"default\" r:id=\"rIdPk1\"" + RDeclaration + " /></w:sectPr></w:body>")]
    public void Sections_BodyNotEndingInSectionProperties_GetsThemLast(string body, string expectedEnd)
    {
        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>"));

        var last = document.Sections[^1];
        last.IsNew.Should().BeTrue();
        MainDocumentText.Prepend(last, header: true, "default", "rIdPk1");

        Encoding.UTF8.GetString(document.ToBytes()).Should().EndWith(expectedEnd + "</w:document>");
    }

    [Fact]
    public void Sections_EmptyBody_OpensToHoldTheLastSection()
    {
        var document = MainDocumentText.Read(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body /></w:document>"));

        document.HasBody.Should().BeTrue();
        var text = Encoding.UTF8.GetString(document.ToBytes());

        text.Should().Be($"<w:document xmlns:w=\"{W}\"><w:body ><w:sectPr xmlns:w=\"{W}\" /></w:body></w:document>");
        XDocument.Parse(text).Root!.Element(XName.Get("body", W))!.Elements().Should().ContainSingle();
    }

    [Fact]
    public void Sections_DefaultNamespaceAndUtf16_KeepTheirSpellingAndEncoding()
    {
        var text = $"<?xml version=\"1.0\" encoding=\"utf-16\"?><document xmlns=\"{W}\"><body><p/><sectPr/></body></document>";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var document = MainDocumentText.Read(bytes);

        MainDocumentText.Prepend(document.Sections.Single(), header: true, "default", "rIdPk1");
        var written = document.ToBytes();

        written.Take(2).Should().Equal(Encoding.Unicode.GetPreamble());
        var result = Encoding.Unicode.GetString(written.AsSpan(2));
        result.Should().Contain($"<sectPr><w:headerReference w:type=\"default\" r:id=\"rIdPk1\" xmlns:w=\"{W}\"{RDeclaration} /></sectPr>");
        XDocument.Parse(result).Descendants(XName.Get("headerReference", W)).Should().ContainSingle();
    }

    [Fact]
    public void Read_NoBody_SaysSo()
    {
        MainDocumentText.Read(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"/>")).HasBody.Should().BeFalse();
    }
}
