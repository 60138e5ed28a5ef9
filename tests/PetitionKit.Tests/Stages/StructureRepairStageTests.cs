using PetitionKit.Word;
using PetitionKit.Word.Rendering;
using PetitionKit.Word.Repair;

namespace PetitionKit.Tests.Stages;

/// <summary>Structure repair alone (docs/engine.md#structure-repair): rendered XML in, repaired XML out.</summary>
public sealed class StructureRepairStageTests
{
    [Theory]
    [InlineData("<w:tc></w:tc>", "<w:tc><w:p/></w:tc>")]
    [InlineData("<w:tc w:id=\"1\"></w:tc>", "<w:tc w:id=\"1\"><w:p/></w:tc>")]
    [InlineData("<w:tc><w:tcPr><w:tcW w:w=\"10\"/></w:tcPr></w:tc>", "<w:tc><w:tcPr><w:tcW w:w=\"10\"/></w:tcPr><w:p/></w:tc>")]
    [InlineData("<w:tc><w:tcPr/></w:tc>", "<w:tc><w:tcPr/><w:p/></w:tc>")]
    [InlineData("<w:tc><w:tcPr /></w:tc>", "<w:tc><w:tcPr /><w:p/></w:tc>")]
    public void RepairTables_CellLeftWithoutAParagraph_GetsAnEmptyOne(string cell, string repaired)
    {
        var full = "<w:tbl><w:tblGrid/><w:tr><w:tc><w:p/></w:tc>" + cell + "</w:tr></w:tbl>";

        Repair(full).Should().Be("<w:tbl><w:tblGrid/><w:tr><w:tc><w:p/></w:tc>" + repaired + "</w:tr></w:tbl>");
    }

    [Theory]
    [InlineData("<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid></w:tbl>")]
    [InlineData("<w:tbl><w:tblPr/><w:tblGrid/></w:tbl>")]
    [InlineData("<w:tbl><w:tblGrid/></w:tbl>")]
    [InlineData("<w:tbl><w:tblPr /><w:tblGrid /></w:tbl>")]
    public void RepairTables_TableLeftWithoutRows_IsRemoved(string table)
    {
        Repair("<w:p/>" + table + "<w:p/>").Should().Be("<w:p/><w:p/>");
    }

    [Fact]
    public void RepairTables_TableWithAnEmptyGridAndARow_IsKept()
    {
        const string xml = "<w:tbl><w:tblGrid/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:tbl><w:tblGrid/></w:tbl>";

        Repair(xml).Should().Be("<w:tbl><w:tblGrid/><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>");
    }

    [Fact]
    public void RepairTables_NothingEmpty_LeavesTheXmlAsItIs()
    {
        const string xml = "<w:tbl><w:tblGrid/><w:tr><w:tc w:id=\"2\"><w:tcPr/><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";

        Repair(xml).Should().Be(xml);
    }

    [Fact]
    public void GiveDrawingsIds_EachCopyOfAPicture_GetsItsOwnIdCountingOnAcrossParts()
    {
        var session = new RenderSession(RenderOptions.Default, new DateOnly(2026, 6, 1), CancellationToken.None) { NextDrawingId = 7 };
        using var first = new CountingOutput(16, int.MaxValue);
        first.Replace("<wp:docPr id=\"\uE002\"/><wp:docPr id=\"\uE002\"/>");
        using var second = new CountingOutput(16, int.MaxValue);
        second.Replace("<wp:docPr id=\"\uE002\"/>");

        StructureRepair.GiveDrawingsIds(first, session);
        StructureRepair.GiveDrawingsIds(second, session);

        first.ToString().Should().Be("<wp:docPr id=\"7\"/><wp:docPr id=\"8\"/>");
        second.ToString().Should().Be("<wp:docPr id=\"9\"/>");
    }

    [Fact]
    public void RepairTables_InnerTableLeftWithoutRows_GoesAndItsCellGetsAParagraph()
    {
        Repair("<w:tbl><w:tr><w:tc><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid></w:tbl></w:tc></w:tr></w:tbl>")
            .Should().Be("<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>");
    }

    private static string Repair(string xml)
    {
        using var output = new CountingOutput(16, int.MaxValue);
        output.Replace(xml);
        StructureRepair.RepairTables(output);
        return output.ToString();
    }
}
