using PetitionKit.Petitions;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Templates;

namespace PetitionKit.Tests.Drafting;

public sealed class DraftMarkingTests
{
    [Fact]
    public void Default_Wording_IsTheEnginesGenericBannerAndWatermark()
    {
        DraftMarking.Default.BannerText.Should().Be("DRAFT \u2014 REVIEW BEFORE USE");
        DraftMarking.Default.WatermarkText.Should().Be("DRAFT");
    }

    [Fact]
    public void PetitionLoadOptions_DefaultBanner_BecomesTheAttorneyReviewBannerAndOtherWordingIsKept()
    {
        var attorneyReview = new DraftMarking
        {
            BannerText = "ATTORNEY REVIEW DRAFT \u2014 NOT FOR FILING", WatermarkText = "DRAFT",
            StatusText = "Attorney Review Draft", NoticeText = "Attorney review draft \u2014 not for filing",
        };
        PetitionReviewMarks.LoadOptions(null).Marking.Should().Be(attorneyReview);
        var watermarkOnly = new TemplateLoadOptions { Marking = DraftMarking.Default with { WatermarkText = "BORRADOR" }, Version = "2" };
        PetitionReviewMarks.LoadOptions(watermarkOnly).Should().Be(watermarkOnly with { Marking = attorneyReview with { WatermarkText = "BORRADOR" } });
        var own = new TemplateLoadOptions { Marking = new DraftMarking { BannerText = "BORRADOR — NO PRESENTAR", StatusText = "Borrador", NoticeText = "Borrador — no presentar" } };
        PetitionReviewMarks.LoadOptions(own).Should().BeSameAs(own);
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
