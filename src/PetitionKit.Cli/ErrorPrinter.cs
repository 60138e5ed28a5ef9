using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli;

/// <summary>Formats every problem the commands report as one compiler-style line: <c>place: error CODE: message</c>.</summary>
internal static class ErrorPrinter
{
    /// <summary>A problem with a whole file, such as <c>data.json: error: the file does not exist.</c></summary>
    public static string FileError(string path, string message) => $"{path}: error: {message}";

    /// <summary>A problem at a line and position of a text file; both 1-based, as editors count.</summary>
    public static string FileError(string path, long line, long position, string message) =>
        FormattableString.Invariant($"{path}({line},{position}): error: {message}");

    /// <summary>A problem with the command line as a whole.</summary>
    public static string UsageError(string message) => $"petitionkit: error: {message}";

    /// <summary>The template's diagnostics, each already formatted compiler style by the library.</summary>
    public static IEnumerable<string> Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString());

    /// <summary>Writes the lines, one each.</summary>
    public static void Write(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
