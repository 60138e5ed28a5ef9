using System.Text.Json;

namespace PetitionKit.Cli.Machine;

/// <summary>Turns the compiler-style error lines every command writes (<c>where: error CODE: message</c>) into JSON
/// objects, so the JSON lists exactly what a person would have read on stderr, with nothing lost or reworded.</summary>
internal static class MachineDiagnostics
{
    /// <summary>Reads the lines: one diagnostic per compiler-style line, and one per further place of a repeated problem
    /// (<see cref="ErrorPrinter.AlsoAt"/>); a line that is neither (such as the trace of an internal error) is added to
    /// the message before it.</summary>
    public static IReadOnlyList<Parsed> Parse(IEnumerable<string> lines)
    {
        var diagnostics = new List<Parsed>();
        foreach (var line in lines.Where(line => line.Length > 0))
        {
            if (line.StartsWith(ErrorPrinter.AlsoAt, StringComparison.Ordinal) && diagnostics.Count > 0)
            {
                // One more place of the problem before, printed once for people: for a program, a diagnostic of its own.
                var last = diagnostics[^1];
                var where = line[ErrorPrinter.AlsoAt.Length..];
                diagnostics.Add(last with { Where = where, Text = where + last.Text[last.Where.Length..] });
            }
            else if (ErrorPrinter.CompilerLine().Match(line) is { Success: true } match)
            {
                var code = match.Groups["code"];
                diagnostics.Add(new Parsed(match.Groups["severity"].Value, code.Success ? code.Value : null, match.Groups["where"].Value, match.Groups["message"].Value, line));
            }
            else if (diagnostics.Count > 0)
            {
                var last = diagnostics[^1];
                diagnostics[^1] = last with { Message = last.Message + "\n" + line, Text = last.Text + "\n" + line };
            }
            else
            {
                diagnostics.Add(new Parsed("error", null, "petitionkit", line, line));
            }
        }

        return diagnostics;
    }

    public static int Count(IEnumerable<Parsed> diagnostics, string severity) =>
        diagnostics.Count(d => string.Equals(d.Severity, severity, StringComparison.Ordinal));

    /// <summary>Writes the <c>diagnostics</c> array.</summary>
    public static void Write(Utf8JsonWriter json, IEnumerable<Parsed> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", diagnostic.Severity);
            json.WriteString("code", diagnostic.Code);
            json.WriteString("where", diagnostic.Where);
            json.WriteString("message", diagnostic.Message);
            json.WriteString("text", diagnostic.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>One line read: <c>where: severity code: message</c>, and the whole line as <c>text</c>.</summary>
    internal sealed record Parsed(string Severity, string? Code, string Where, string Message, string Text);
}
