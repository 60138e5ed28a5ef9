using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Validation;

namespace PetitionKit.Json;

/// <summary>Turns a System.Text.Json error into plain-words issues with the snake_case path of the problem.</summary>
internal static partial class JsonErrors
{
    private static readonly Type[] Enums =
    [
        typeof(CaseType), typeof(Claim), typeof(VenueBasis), typeof(PetitionerRole), typeof(OfficialRole),
        typeof(TimelineEventKind), typeof(HarmKind), typeof(SignerKind),
    ];

    public static IReadOnlyList<ValidationIssue> Describe(JsonException exception)
    {
        var path = Path(exception.Path);
        var message = exception.Message;
        if (UnknownProperty().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            var at = path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name);
            return [Issue(ValidationCodes.JsonUnknownProperty, at, $"'{name}' is not a property PetitionKit knows here; check the spelling against schema/petition.schema.json.")];
        }

        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return [.. Quoted().Matches(missing.Groups["names"].Value)
                .Select(m => Issue(ValidationCodes.JsonMissingRequired, Join(path, m.Groups["name"].Value), $"'{m.Groups["name"].Value}' is required; add it."))];
        }

        if (NullNotAllowed().Match(message) is { Success: true } nulled)
        {
            var name = nulled.Groups["name"].Value;
            var at = path.EndsWith(name, StringComparison.Ordinal) ? path : Join(path, name);
            return [Issue(ValidationCodes.JsonWrongType, at, "This value cannot be null; give a value or leave the property out if it is optional.")];
        }

        if (NotConvertible().Match(message) is { Success: true } convert)
        {
            return [Issue(ValidationCodes.JsonWrongType, path, $"This value has the wrong type: expected {Expected(convert.Groups["type"].Value)}.")];
        }

        var where = exception.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $" (line {line + 1}, position {exception.BytePositionInLine + 1})")
            : string.Empty;
        return [Issue(ValidationCodes.JsonMalformed, path, $"The file is not valid JSON{where}: {FirstSentence(message)}")];
    }

    private static string Expected(string typeName)
    {
        var enumType = Array.Find(Enums, t => typeName.Contains(t.FullName!, StringComparison.Ordinal));
        if (enumType is not null)
        {
            var names = Enum.GetNames(enumType).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName);
            return "one of " + string.Join(", ", names);
        }

        return typeName switch
        {
            _ when typeName.Contains("DateOnly", StringComparison.Ordinal) => "a date written as YYYY-MM-DD, such as 2024-03-15",
            _ when typeName.Contains("Int32", StringComparison.Ordinal) => "a whole number",
            _ when typeName.Contains("Decimal", StringComparison.Ordinal) => "a number",
            _ when typeName.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when typeName.Contains("IReadOnlyList", StringComparison.Ordinal) => "a list in square brackets",
            _ when typeName.Contains("System.String", StringComparison.Ordinal) => "text in quotes",
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

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    private static ValidationIssue Issue(string code, string path, string message) =>
        new(code, IssueSeverity.Error, path, message);

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnknownProperty();

    [GeneratedRegex(@"missing required properties including: (?<names>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"'(?<name>[^']*)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"property or field '(?<name>[^']*)' on type '[^']*' doesn't allow (?:getting|setting) null", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (?<type>\S+?)\.? Path", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NotConvertible();
}
