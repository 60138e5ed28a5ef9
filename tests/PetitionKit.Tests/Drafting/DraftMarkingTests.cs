using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Drafting;

public sealed class DraftMarkingTests
{
    [Fact]
    public void Default_Wording_IsTheBannerAndWatermarkTheBriefRequires()
    {
        DraftMarking.Default.BannerText.Should().Be("ATTORNEY REVIEW DRAFT \u2014 NOT FOR FILING");
        DraftMarking.Default.WatermarkText.Should().Be("DRAFT");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Init_EmptyWording_ThrowsArgumentException(string? wording)
    {
        var banner = () => new DraftMarking { BannerText = wording! };
        var watermark = () => DraftMarking.Default with { WatermarkText = wording! };

        banner.Should().Throw<ArgumentException>().WithParameterName("BannerText");
        watermark.Should().Throw<ArgumentException>().WithParameterName("WatermarkText");
    }

    [Fact]
    public void Init_OrganisationWording_IsKeptTrimmed()
    {
        var marking = new DraftMarking { BannerText = "  BORRADOR — NO PRESENTAR ", WatermarkText = "BORRADOR" };

        marking.BannerText.Should().Be("BORRADOR — NO PRESENTAR");
        marking.WatermarkText.Should().Be("BORRADOR");
    }
}
