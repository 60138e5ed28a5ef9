using PetitionKit.Catalogs;

namespace PetitionKit.Tests.Catalogs;

public sealed class DeniedTextMatcherTests
{
    [Theory]
    [InlineData("Alvarez v. ICE", " ALVAREZ V ICE ")]
    [InlineData("  alvarez  VS.  i.c.e. ", " ALVAREZ V ICE ")]
    [InlineData("U.S. Immigration & Customs", " US IMMIGRATION AND CUSTOMS ")]
    [InlineData("818 F.3d 1194", " 818 F3D 1194 ")]
    [InlineData("Women’s Equity", " WOMENS EQUITY ")]
    [InlineData("", "  ")]
    public void Canonicalize_Text_GivesSpacedUpperCaseWords(string text, string expected)
    {
        var canonical = DeniedTextMatcher.Canonicalize(text);

        canonical.Should().Be(expected);
    }

    [Fact]
    public void Contains_PatternInsideALongerWord_DoesNotMatch()
    {
        var text = DeniedTextMatcher.Canonicalize("Alvarez v. Iceland");

        var found = DeniedTextMatcher.Contains(text, DeniedTextMatcher.Canonicalize("Alvarez v. ICE"));

        found.Should().BeFalse();
    }
}
