using System.Text.RegularExpressions;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli;

/// <summary>Formats every problem the commands report as one compiler-style line: <c>place: error CODE: message</c>.</summary>
internal static partial class ErrorPrinter
{
    /// <summary>Starts a line that gives one more place of the problem on the line before.</summary>
    public const string AlsoAt = "  also at ";

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

    /// <summary>Writes the lines, one problem each: a problem repeated word for word at several places is written once,
    /// where it first occurs, followed by a line for each other place (<see cref="Grouped"/>).</summary>
    public static void Write(TextWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in Grouped(lines))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Folds a coded problem that repeats word for word (the same severity, code and message, such as one
    /// unknown function called in four tags) into its first line and an <see cref="AlsoAt"/> line per other place, so four
    /// identical lines read as one problem at four places. A line that is not compiler style stays where it is.</summary>
    public static IEnumerable<string> Grouped(IEnumerable<string> lines)
    {
        var problems = new List<(string Line, List<string> Places)>();
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (Split(line) is { } split)
            {
                if (byText.TryGetValue(split.Problem, out var first))
                {
                    problems[first].Places.Add(split.Where);
                    continue;
                }

                byText.Add(split.Problem, problems.Count);
            }

            problems.Add((line, []));
        }

        foreach (var (line, places) in problems)
        {
            yield return line;
            foreach (var place in places)
            {
                yield return AlsoAt + place;
            }
        }
    }

    /// <summary>Splits a coded compiler-style line into its place and the problem (<c>: error CODE: message</c>), or null
    /// for any other line. A file's own problem, without a code (<c>nope.json: error: the file does not exist.</c>),
    /// stays a line of its own: two missing files are two problems.</summary>
    public static (string Where, string Problem)? Split(string line)
    {
        var match = CompilerLine().Match(line);
        return match.Success && match.Groups["code"].Success ? (match.Groups["where"].Value, line[match.Groups["where"].Length..]) : null;
    }

    // The first ": error" or ": warning" ends the place, which may itself hold ": " (a file and a path in it).
    [GeneratedRegex(@"^(?<where>.*?): (?<severity>error|warning)(?: (?<code>PK\d+))?: (?<message>.*)$", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CompilerLine();
}
