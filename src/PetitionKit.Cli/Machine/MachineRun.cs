using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PetitionKit.Cli.Machine;

/// <summary>Runs a command for a program rather than a person: with <c>--json</c>, the lines for people are dropped, the
/// error lines are still written to stderr and also listed in the document, and stdout carries one JSON document
/// (<see cref="Write"/>). The exit code is the command's own.</summary>
internal static class MachineRun
{
    /// <summary>The version of the document's shape; it changes only when a member is removed or changes meaning.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs <paramref name="run"/> as asked: as is, or, with <c>--json</c>, against an environment that
    /// collects its errors and result.</summary>
    public static async Task<int> RunAsync(ParseResult parsed, Option<bool> json, CliEnvironment environment, string command, Func<CliEnvironment, Task<int>> run)
    {
        if (!parsed.GetValue(json))
        {
            return await run(environment).ConfigureAwait(false);
        }

        using var errors = new StringWriter { NewLine = "\n" };
        var result = new MachineResult();
        var machine = environment with { Output = TextWriter.Null, Error = errors, Interactive = false, Machine = result };
        int exitCode;
        try
        {
            exitCode = await run(machine).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Answered here rather than by the command line's last line of defence, so a program still gets its document.
            await errors.WriteLineAsync(ErrorPrinter.UsageError($"internal error (please report it): {ex}")).ConfigureAwait(false);
            exitCode = ExitCodes.InternalError;
        }

        var lines = Lines(errors.ToString());
        ErrorPrinter.Write(environment.Error, lines);
        Write(environment.Output, command, exitCode, lines, result);
        return exitCode;
    }

    /// <summary>Writes the document: <c>format</c>, <c>command</c>, <c>exit_code</c>, <c>ok</c>, the counts of errors and
    /// warnings, every diagnostic and the command's <c>result</c> (null when the command got no further than its errors).</summary>
    public static void Write(TextWriter output, string command, int exitCode, IReadOnlyList<string> errorLines, MachineResult? result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("format", FormatVersion);
            json.WriteString("command", command);
            json.WriteNumber("exit_code", exitCode);
            json.WriteBoolean("ok", exitCode == ExitCodes.Success);
            var diagnostics = MachineDiagnostics.Parse(errorLines);
            json.WriteNumber("errors", MachineDiagnostics.Count(diagnostics, "error"));
            json.WriteNumber("warnings", MachineDiagnostics.Count(diagnostics, "warning"));
            MachineDiagnostics.Write(json, diagnostics);
            json.WritePropertyName("result");
            if (result is null || result.IsEmpty)
            {
                json.WriteNullValue();
            }
            else
            {
                result.WriteTo(json);
            }

            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        output.Write('\n');
        output.Flush();
    }

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();
}
