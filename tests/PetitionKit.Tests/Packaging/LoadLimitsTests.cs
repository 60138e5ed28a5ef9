using System.IO.Compression;
using System.Text;
using PetitionKit.Templates;
using PetitionKit.Tests.TestSupport;
using PetitionKit.Word;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Templates;

namespace PetitionKit.Tests.Packaging;

/// <summary>The load limits on a template, each met by the smallest file that crosses it. The full-size attacks, run
/// in a process of their own with their memory and time measured, are in <c>HostileLoadTests</c>.</summary>
public sealed class LoadLimitsTests
{
    [Fact]
    public async Task Load_DocxNestedPastTheDepthLimit_IsRefusedWithPK2006AtThePart()
    {
        var docx = Docx.Package(HostilePackage.NestedBody(1_000));

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2006");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
        error.Message.Should().Contain("nested more than 256 levels");
    }

    [Fact]
    public async Task Load_FlatOpcNestedPastTheDepthLimit_IsRefusedWithPK2006()
    {
        var flat = HostilePackage.FlatOpc(Docx.Package(Docx.Paragraph("x")))
            .Replace("<w:body>", "<w:body>" + HostilePackage.NestedBody(1_000), StringComparison.Ordinal);

        var error = await LoadErrorAsync(Encoding.UTF8.GetBytes(flat));

        error.Code.Should().Be("PK2006");
    }

    [Fact]
    public async Task Load_NestingAHostsLowerLimitRefuses_LoadsUnderTheDefault()
    {
        var docx = Docx.Package(HostilePackage.NestedBody(10));
        var strict = new TemplateLoadOptions { Limits = new TemplateLoadLimits { MaxXmlDepth = 20 } };

        var error = await LoadErrorAsync(docx, strict);
        var loaded = await Render.LoadAsync(docx);

        error.Code.Should().Be("PK2006");
        error.Message.Should().Contain("more than 20 levels");
        loaded.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Load_EntryDeclaringOverTwoGibibytes_IsRefusedWithPK2002BeforeInflating()
    {
        var docx = HostilePackage.WithDeclaredSize(Docx.Package(Docx.Paragraph("x")), "word/document.xml", 0x9000_0000);

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2002");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
    }

    [Fact]
    public async Task Load_XmlPartPastThePartLimit_IsRefusedWithPK2002AtThePart()
    {
        var body = string.Concat(Enumerable.Repeat(Docx.Paragraph("A paragraph of ordinary pleading text."), 2_000));
        var limits = new TemplateLoadOptions { Limits = new TemplateLoadLimits { MaxXmlPartBytes = 64 * 1024 } };

        var error = await LoadErrorAsync(Docx.Package(body), limits);

        error.Code.Should().Be("PK2002");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
        error.Message.Should().Contain("MaxXmlPartBytes");
    }

    [Fact]
    public async Task Load_FlatOpcPastThePartLimit_IsRefusedByItsSizeWithPK2002()
    {
        var body = string.Concat(Enumerable.Repeat(Docx.Paragraph("A paragraph of ordinary pleading text."), 2_000));
        var flat = Encoding.UTF8.GetBytes(HostilePackage.FlatOpc(Docx.Package(body)));
        var limits = new TemplateLoadOptions { Limits = new TemplateLoadLimits { MaxXmlPartBytes = 64 * 1024 } };

        var error = await LoadErrorAsync(flat, limits);

        error.Code.Should().Be("PK2002");
        error.Message.Should().Contain("Word XML document");
    }

    [Fact]
    public async Task Load_FilePastThePackageLimit_IsRefusedWithPK2002WithoutReadingItAll()
    {
        var docx = Docx.Package(Docx.Paragraph("x"));
        var limits = new TemplateLoadOptions { Limits = new TemplateLoadLimits { MaxPackageBytes = 1024 } };
        using var stream = new MemoryStream(docx);

        var act = () => PetitionTemplate.LoadAsync(stream, "big.docx", limits, TestContext.Current.CancellationToken);

        var error = (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
        error.Code.Should().Be("PK2002");
        stream.Position.Should().Be(0, "the stream's length alone decides");
    }

    [Fact]
    public async Task Load_PastTheLoadTimeLimit_IsStoppedWithPK2007()
    {
        var limits = new TemplateLoadOptions { Limits = new TemplateLoadLimits { Timeout = TimeSpan.Zero } };

        var error = await LoadErrorAsync(Docx.Package(Docx.Paragraph("x")), limits);

        error.Code.Should().Be("PK2007");
        error.Message.Should().Contain("TemplateLoadLimits.Timeout");
    }

    [Theory]
    [InlineData("../../x")]
    [InlineData("/tmp/x")]
    [InlineData("C:\\x")]
    [InlineData("word/./document2.xml")]
    public async Task Load_EntryNameThatIsNotAPartName_IsRefusedWithPK2008(string name)
    {
        var docx = HostilePackage.WithEntry(Docx.Package(Docx.Paragraph("x")), name, "hello"u8.ToArray());

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2008");
        error.Location!.Value.PartUri.Should().Be("/" + name);
    }

    [Fact]
    public async Task Load_DtdInAPartNothingParsesNamedAsBinary_IsRefusedWithPK2004()
    {
        var hostile = "<?xml version=\"1.0\"?><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>"u8.ToArray();
        var docx = HostilePackage.WithEntry(Docx.Package(Docx.Paragraph("x")), "customXml/item1.bin", hostile);

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2004");
        error.Location!.Value.PartUri.Should().Be("/customXml/item1.bin");
    }

    [Fact]
    public async Task Load_DtdAfterALongCommentInAnOrphanPart_IsRefusedWithPK2004()
    {
        var hostile = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!--" + new string(' ', 10_000) + "--><!DOCTYPE x SYSTEM \"file:///etc/passwd\"><x/>");
        var docx = HostilePackage.WithEntry(Docx.Package(Docx.Paragraph("x")), "customXml/item1.xml", hostile);

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2004");
        error.Location!.Value.PartUri.Should().Be("/customXml/item1.xml");
    }

    [Fact]
    public async Task Load_MalformedDocumentPart_IsPK2005AtThePartAsDocumented()
    {
        var docx = HostilePackage.WithDocument("<w:document xmlns:w=\"x\"><w:body><w:p></w:body></w:document>"u8.ToArray());

        var error = await LoadErrorAsync(docx);

        error.Code.Should().Be("PK2005");
        error.Location!.Value.PartUri.Should().Be("/word/document.xml");
    }

    [Fact]
    public async Task Load_PictureLargerThanTheXmlPartLimit_IsAccepted()
    {
        var picture = new byte[3 * 1024 * 1024];
        var limits = new TemplateLoadOptions { Limits = new TemplateLoadLimits { MaxXmlPartBytes = 1024 * 1024 } };
        var docx = HostilePackage.WithEntry(Docx.Package(Docx.Paragraph("x")), "word/media/image1.png", picture, CompressionLevel.NoCompression);
        using var stream = new MemoryStream(docx);

        var loaded = await PetitionTemplate.LoadAsync(stream, "picture.docx", limits, TestContext.Current.CancellationToken);

        loaded.Name.Should().Be("picture.docx");
    }

    private static async Task<Diagnostic> LoadErrorAsync(byte[] file, TemplateLoadOptions? options = null)
    {
        using var stream = new MemoryStream(file);
        var act = () => PetitionTemplate.LoadAsync(stream, "hostile.docx", options, TestContext.Current.CancellationToken);
        return (await act.Should().ThrowAsync<TemplateException>()).Which.Diagnostics.Should().ContainSingle().Which;
    }
}
