using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class TemplateIdentityTests
{
    [Fact]
    public void FromBytes_Bytes_HashesThemWithSha256InLowerCaseHex()
    {
        var identity = TemplateIdentity.FromBytes("t.docx", null, "abc"u8);

        identity.ContentHash.Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Theory]
    [InlineData(null, "ba7816bf8f01")]
    [InlineData(" ", "ba7816bf8f01")]
    [InlineData("2.0", "2.0")]
    public void ShortLabel_Version_IsTheVersionOrTheHashsFirst12Characters(string? version, string expected)
    {
        var identity = TemplateIdentity.FromBytes("t.docx", version, "abc"u8);

        identity.ShortLabel.Should().Be(expected);
    }
}
