using System.Globalization;
using BenchmarkDotNet.Running;

namespace PetitionKit.Benchmarks;

/// <summary>Runs the BenchmarkDotNet suites (any BenchmarkDotNet arguments pass through, such as
/// <c>--filter * --job short</c>), writes the comparison templates (<c>--write-templates DIR</c>), or times a plain
/// render loop for the side-by-side with docxtemplater (<c>--time-loop N</c>).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--write-templates", var directory])
        {
            await TemplateFiles.WriteAsync(directory);
            return 0;
        }

        if (args is ["--time-loop", var count])
        {
            await RenderLoop.RunAsync(int.Parse(count, CultureInfo.InvariantCulture));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
