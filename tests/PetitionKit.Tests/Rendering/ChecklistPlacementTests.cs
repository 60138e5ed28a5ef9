using PetitionKit.Petitions;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Tests.Rendering;

public sealed class ChecklistPlacementTests
{
    private static readonly ChecklistItem Catalog = new(ChecklistCategory.Risk,
        "Officials are named by title in their official capacity. The U.S. Attorney is served, never named. (risk: low)", Reference: "official-names");

    [Fact]
    public void Merge_TemplateItemPlacingACatalogItem_IsOneItemInTheCatalogsWordsAtTheTemplatesPlace()
    {
        var template = new ChecklistItem(ChecklistCategory.TemplateItem, "Do not name the U.S. Attorney as a defendant.", "body, under “PARTIES”", "official-names");

        var merged = ChecklistDeduplication.Merge([template, Catalog]);

        merged.Should().ContainSingle().Which.Should().Be(Catalog with { Location = "body, under “PARTIES”" });
    }

    [Fact]
    public void Merge_CatalogItemAlreadyJoinedByTheTemplatesVerbatimCopy_StillTakesThePlacingItem()
    {
        var verbatim = new ChecklistItem(ChecklistCategory.TemplateItem, Catalog.Text, "body, ¶90");
        var placing = new ChecklistItem(ChecklistCategory.TemplateItem, "Do not name the U.S. Attorney as a defendant.", "body, under “PARTIES”", "official-names");

        var merged = ChecklistDeduplication.Merge([placing, verbatim, Catalog]);

        merged.Should().ContainSingle().Which.Location.Should().Be("body, under “PARTIES”");
    }

    [Fact]
    public void Merge_PlacingItemWithoutItsCatalogItem_StaysAsTheTemplateWroteIt()
    {
        var template = new ChecklistItem(ChecklistCategory.TemplateItem, "Jurisdiction: §\u00A01252(a)(2)(B) applies.", "body, under “JURISDICTION”", "1252-overrides-mandamus");

        var merged = ChecklistDeduplication.Merge([template, Catalog]);

        merged.Should().HaveCount(2).And.Contain(template).And.Contain(Catalog);
    }

    [Fact]
    public void Merge_TwoWarningsWithOneCode_AreNotFoldedTogether()
    {
        ChecklistItem[] warnings =
        [
            new(ChecklistCategory.Risk, "A bidi control character.", "first printed at body, under “PARTIES”", "PK1154") { Field = "signer.name" },
            new(ChecklistCategory.Risk, "A bidi control character.", "first printed at body, under “FACTS”", "PK1154") { Field = "harms[0].description" },
        ];

        ChecklistDeduplication.Merge(warnings).Should().HaveCount(2);
    }
}
