using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Json;

/// <summary>Turns a System.Text.Json error into plain-words issues with the snake_case path of the problem.</summary>
internal static partial class JsonErrors
{
    public static IReadOnlyList<Diagnostic> Describe(JsonException exception)
    {
        var path = Path(exception.Path);
        var message = exception.Message;
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            var at = path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name);
            return [UnknownProperty(at, name)];
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return [.. Quoted().Matches(missing.Groups["names"].Value)
                .Select(m => MissingRequired(Join(path, m.Groups["name"].Value), m.Groups["name"].Value))];
        }

        if (NullNotAllowed().Match(message) is { Success: true } nulled)
        {
            var at = path.Length > 0 ? path : JsonNamingPolicy.SnakeCaseLower.ConvertName(nulled.Groups["name"].Value);
            return [NullNotAllowed(at)];
        }

        if (NotConvertible().IsMatch(message))
        {
            // The message names the type being built, often the parent object, so the expected type comes from the path.
            return [WrongType(path, TypeAt(path))];
        }

        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {exception.BytePositionInLine + 1})")
            : string.Empty;
        return [Issue(DiagnosticCodes.JsonMalformed, path, $"The file is not valid JSON{where}: {FirstSentence(message)}")];
    }

    public static Diagnostic UnknownProperty(string path, string name) =>
        Issue(DiagnosticCodes.JsonUnknownProperty, path, $"'{name}' is not a property PetitionKit knows here; check the spelling against schema/petition.schema.json.");

    /// <summary>A property named twice in one object: a JSON reader keeps the last value, so a fact would be replaced
    /// without a word.</summary>
    public static Diagnostic DuplicateProperty(string path, string name) =>
        Issue(DiagnosticCodes.JsonDuplicateProperty, path, $"'{name}' appears more than once in this object; only one value can count, so keep one.");

    public static Diagnostic MissingRequired(string path, string name) =>
        Issue(DiagnosticCodes.JsonMissingRequired, path, $"'{name}' is required; add it.");

    public static Diagnostic NullNotAllowed(string path) =>
        Issue(DiagnosticCodes.JsonWrongType, path, "This value cannot be null; give a value or leave the property out if it is optional.");

    /// <summary>A value of the wrong type; <paramref name="type"/> is what the model expects there, when known.</summary>
    public static Diagnostic WrongType(string path, Type? type)
    {
        var expected = type is null ? "a different kind of value" : Expected(Nullable.GetUnderlyingType(type) ?? type);
        return Issue(DiagnosticCodes.JsonWrongType, path, $"This value has the wrong type: expected {expected}.");
    }

    /// <summary>A number the field cannot hold, such as 1e30 months; <paramref name="raw"/> is the number as written.</summary>
    public static Diagnostic NumberOutOfRange(string path, string raw, NumberRange range) =>
        Issue(DiagnosticCodes.NumberOutOfRange, path, range.Message(raw.Length <= 40 ? raw : raw[..40] + "…"));

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static Type? TypeAt(string path)
    {
        Type type = typeof(Petition);
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = PetitionJsonContext.Default.GetTypeInfo(type)?.Properties
                .FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (segment.Contains('[', StringComparison.Ordinal) && type.IsGenericType)
            {
                type = type.GetGenericArguments()[0];
            }
        }

        return Nullable.GetUnderlyingType(type) ?? type;
    }

    private static string Expected(Type type)
    {
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName));
        }

        return type switch
        {
            _ when type == typeof(DateOnly) => "a date written as YYYY-MM-DD, such as 2024-03-15",
            _ when type == typeof(int) => "a whole number",
            _ when type == typeof(decimal) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(string) => "text in quotes",
            _ when type.IsGenericType => "a list in square brackets",
            _ => "an object in braces",
        };
    }

    private static string Path(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || string.Equals(jsonPath, "$", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }


    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static Diagnostic Issue(string code, string path, string message) =>
        new(code, DiagnosticSeverity.Error, path, message);

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"missing required properties including: (?<names>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, 10_000)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'(?<name>[^']*)'", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?:property or field|constructor parameter) '(?<name>[^']*)' on type '[^']*' doesn't allow (?:getting |setting )?null", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to ", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex NotConvertible();
}
