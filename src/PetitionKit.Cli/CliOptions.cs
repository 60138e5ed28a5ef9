using System.CommandLine;
using System.Globalization;
using PetitionKit.Word;

namespace PetitionKit.Cli;

/// <summary>The options several commands share, made fresh for each command so each carries its own help text.</summary>
internal static class CliOptions
{
    public static Option<string> Template() => new("--template", "-t")
    {
        Description = "The Word template: a .docx file or Word XML.",
        HelpName = "file",
        Required = true,
    };

    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Where to write the draft (.docx). Written only when every output succeeds; an existing file is replaced.",
        HelpName = "file.docx",
        Required = true,
    };

    /// <summary>The report option; <paramref name="contents"/> says what the command's report holds.</summary>
    public static Option<string?> Report(string contents) => new("--report")
    {
        Description = $"Also write the render report ({contents}) as JSON.",
        HelpName = "file.json",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Fail (PK3001) when a tag has no value, instead of drafting a visible placeholder.",
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The date the draft speaks as of, yyyy-mm-dd. Default: today's date in UTC from the system clock.",
        HelpName = "yyyy-mm-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--as-of takes a date written yyyy-mm-dd, such as 2026-06-03, not '{text}'.");
            return null;
        },
    };

    /// <summary>A day given on the command line, yyyy-mm-dd, such as <c>--filed-on</c>.</summary>
    public static Option<DateOnly?> Day(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-mm-dd",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"{name} takes a date written yyyy-mm-dd, such as 2026-06-03, not '{text}'.");
            return null;
        },
    };

    /// <summary>The date a command run speaks as of: <c>--as-of</c>, or else today's UTC date from the environment's
    /// clock. Every command resolves it here, once per run, and hands the library a date rather than a clock, so that
    /// validation, the delay analysis and every draft of a batch agree even when the run crosses midnight UTC.</summary>
    public static DateOnly ResolveAsOf(ParseResult parsed, Option<DateOnly?> asOf, CliEnvironment environment) =>
        parsed.GetValue(asOf) ?? DateOnly.FromDateTime(environment.Clock.GetUtcNow().UtcDateTime);

    /// <summary>The options of a render of raw data: the run's date and <c>--strict</c>.</summary>
    public static RenderOptions ForRender(ParseResult parsed, Option<DateOnly?> asOf, Option<bool> strict, CliEnvironment environment) =>
        new() { AsOf = ResolveAsOf(parsed, asOf, environment), Strict = parsed.GetValue(strict) };

    /// <summary>Whether two paths name the same file, as the file system compares names.</summary>
    public static bool SamePath(string first, string second) =>
        string.Equals(Path.GetFullPath(first), Path.GetFullPath(second), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
