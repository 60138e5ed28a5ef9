using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PetitionKit.Word.Functions;

/// <summary>Scriban's <c>date</c> object with every path that read the host's time zone made to read UTC instead, so a
/// draft is the same on every machine. Scriban parses a date with an offset or a <c>Z</c> into the host's local time
/// (<c>date.parse "2026-01-01T02:00:00Z"</c> is December 31 in Los Angeles), assumes local time for one without, and
/// formats <c>%Z</c> and <c>%s</c> from the host's offset. Here every date is a UTC date: one with an offset is
/// converted to UTC, one without is taken as written, <c>%Z</c> is <c>+00:00</c>, and the culture is the render's
/// (<see cref="RenderOptions.Culture"/>) unless the template names one. A text that is not a date is a missing value,
/// not Scriban's 1 January 0001.</summary>
internal sealed class TemplateDates : DateTimeFunctions
{
    // Scriban's strftime letters as .NET parse patterns, as Scriban maps them; null where Scriban cannot parse one.
    private static readonly Dictionary<char, string?> ParsePatterns = new()
    {
        ['a'] = "ddd", ['A'] = "dddd", ['b'] = "MMM", ['B'] = "MMMM", ['c'] = "ddd MMM dd HH:mm:ss yyyy", ['C'] = null,
        ['d'] = "dd", ['D'] = "MM/dd/yy", ['e'] = "%d", ['F'] = "yyyy-MM-dd", ['h'] = "MMM", ['H'] = "HH", ['I'] = "hh",
        ['j'] = null, ['k'] = "%H", ['l'] = "%h", ['L'] = "fff", ['m'] = "MM", ['M'] = "mm", ['n'] = null,
        ['N'] = "fffffff00", ['p'] = "tt", ['P'] = "tt", ['r'] = "hh:mm:ss tt", ['R'] = "HH:mm", ['s'] = null, ['S'] = "ss",
        ['t'] = null, ['T'] = "HH:mm:ss", ['u'] = null, ['U'] = null, ['v'] = null, ['V'] = null, ['W'] = null, ['w'] = null,
        ['x'] = "d", ['X'] = "T", ['y'] = "yy", ['Y'] = "yyyy", ['Z'] = "zzz", ['%'] = null,
    };

    public TemplateDates()
    {
        // The clock is not a template's to read: the draft's date is draft.as_of.
        Remove("now");
        Remove("utc_now");
        SetValue("parse", DynamicCustomFunction.Create(new Func<TemplateContext, string?, string?, string?, DateTime?>(Parse)), readOnly: true);
        SetValue("parse_to_string", DynamicCustomFunction.Create(new Func<TemplateContext, string?, string?, string?, string?, string?, string?>(ParseToUtcString)), readOnly: true);
    }

    /// <summary>Parses a date as UTC: converted to UTC when it carries an offset, taken as written when it does not.</summary>
    public static new DateTime? Parse(TemplateContext context, string? text, string? pattern = null, string? culture = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var given = culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(culture);
        var (format, parseCulture) = ParseFormat(pattern, given);
        const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;
        var parsed = format is null
            ? DateTimeOffset.TryParse(text, parseCulture, Utc, out var value)
            : DateTimeOffset.TryParseExact(text, format, parseCulture, Utc, out value);
        return parsed ? value.UtcDateTime : null;
    }

    /// <summary>Parses as <see cref="Parse"/> does and formats as <see cref="ToString(DateTime?, string, CultureInfo)"/> does.</summary>
    /// <remarks>The parameter names are the ones templates pass by name (<c>input_pattern: "%m %d, %Y"</c>).</remarks>
    private string? ParseToUtcString(TemplateContext context, string? text, string? output_pattern = null, string? output_culture = null, string? input_pattern = null, string? input_culture = null)
    {
        var date = Parse(context, text, input_pattern, input_culture);
        var culture = output_culture is null ? context.CurrentCulture : CultureInfo.GetCultureInfo(output_culture);
        return date is null ? null : ToString(date, output_pattern ?? DefaultFormat, culture);
    }

    /// <summary>Formats a date as a UTC date whatever its kind, so <c>%Z</c> is <c>+00:00</c> and <c>%s</c> counts from
    /// the epoch in UTC, never from the host's offset.</summary>
    public override string? ToString(DateTime? datetime, string pattern, CultureInfo culture) =>
        base.ToString(datetime is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null, pattern, culture);

    /// <summary>The <c>date "…"</c> call parses as <see cref="Parse"/> does.</summary>
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        arguments.Count == 1 ? Parse(context, context.ObjectToString(arguments[0])) : base.Invoke(context, callerContext, arguments, blockStatement);

    /// <summary>A date a template passes as text to a function that takes a date, read as <see cref="Parse"/> reads it
    /// instead of by <see cref="Convert.ChangeType(object, Type, IFormatProvider)"/>, which converts to local time.</summary>
    public static DateTime ToDate(TemplateContext context, SourceSpan span, object value) => value switch
    {
        DateTime date => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        string text => Parse(context, text) ?? throw new ScriptRuntimeException(span, $"‘{text}’ is not a date"),
        _ => throw new ScriptRuntimeException(span, $"A {value.GetType().Name} is not a date"),
    };

    private static (string? Format, CultureInfo Culture) ParseFormat(string? pattern, CultureInfo culture)
    {
        if (pattern is null)
        {
            return (null, culture);
        }

        // %g anywhere switches the whole pattern to the invariant culture, as in Scriban.
        for (var i = 0; i < pattern.Length - 1; i++)
        {
            if (pattern[i] == '%' && pattern[++i] == 'g')
            {
                culture = CultureInfo.InvariantCulture;
            }
        }

        var format = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%' || i + 1 == pattern.Length)
            {
                format.Append(pattern[i]);
                continue;
            }

            var letter = pattern[++i];
            if (letter == 'g')
            {
                continue;
            }

            if (!ParsePatterns.TryGetValue(letter, out var part))
            {
                format.Append('%').Append(letter);
                continue;
            }

            format.Append(part switch
            {
                null => throw new ArgumentException($"The pattern %{letter} is not supported for the parse method", nameof(pattern)),
                "d" => culture.DateTimeFormat.ShortDatePattern,
                "T" => culture.DateTimeFormat.LongTimePattern,
                _ => part,
            });
        }

        return (format.ToString(), culture);
    }
}
