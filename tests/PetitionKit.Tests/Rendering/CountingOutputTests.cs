using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Tests.Rendering;

public sealed class CountingOutputTests
{
    [Fact]
    public void Write_PastTheCapacityAskedFor_GrowsAndKeepsEverything()
    {
        using var output = new CountingOutput(0, int.MaxValue);

        output.Write("abc");
        output.Write(new string('x', 100), 0, 100);

        output.ToString().Should().Be("abc" + new string('x', 100));
    }

    [Fact]
    public void Write_WhatScribanWritesByItself_IsEscapedTextNeverMarkup()
    {
        using var output = new CountingOutput(16, int.MaxValue);
        output.WriteMarkup("<w:t>", 0, 5);

        output.Write("<tr class=\"row1\"> & more", 0, 24);

        output.ToString().Should().Be("<w:t>&lt;tr class=\"row1\"&gt; &amp; more");
        output.HasScribanText.Should().BeTrue();
    }

    [Fact]
    public void Write_PastTheLimit_FailsWithTheOutputLimitCode()
    {
        using var output = new CountingOutput(16, limit: 10);
        output.Write("12345", 0, 5);

        var act = () => output.Write("678901", 0, 6);

        act.Should().Throw<RenderLimitException>().Which.Code.Should().Be(DiagnosticCodes.OutputLimit);
        output.ToString().Should().Be("12345");
    }

    [Fact]
    public void Write_AfterDispose_Throws()
    {
        var output = new CountingOutput(16, int.MaxValue);
        output.Dispose();

        var act = () => output.Write("a");

        act.Should().Throw<ObjectDisposedException>();
    }
}
