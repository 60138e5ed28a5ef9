using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PetitionKit.Catalogs;

namespace PetitionKit.Json;

/// <summary>What the schema says beyond the reader's metadata, so that a form built from it refuses what the validator
/// refuses: a description on every property, the shapes of identifiers and dates as the validator accepts them (with
/// the separators people type), the 94 district ids, and the fields a draft cannot do without.</summary>
internal static class PetitionSchemaRules
{
    /// <summary>A date as the reader takes it: <c>YYYY-MM-DD</c>.</summary>
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>A USCIS receipt number as <see cref="Model.ReceiptNumber.TryParse"/> takes it: three letters and ten
    /// digits, with spaces, hyphens or asterisks anywhere, in either case (<c>EAC-22-123-45678</c>).</summary>
    public const string ReceiptNumberPattern = @"^[\s*-]*(?:[A-Za-z][\s*-]*){3}(?:[0-9][\s*-]*){10}$";

    /// <summary>An A-number as <see cref="Model.ANumber.TryParse"/> takes it: 7 to 9 digits with an optional leading A,
    /// with spaces, hyphens or dots anywhere (<c>A-12-345-678</c>).</summary>
    public const string ANumberPattern = @"^[\s.-]*(?:[Aa][\s.-]*)?(?:[0-9][\s.-]*){7,9}$";

    /// <summary>Top-level fields the reader lets pass but whose absence the validator reports as an error for every
    /// case type: without a signer there is no signature block (PK1090).</summary>
    private static readonly string[] RequiredForDrafting = ["signer"];

    public static JsonNode Refine(JsonSchemaExporterContext context, JsonNode node, Func<MemberInfo, string?> describe)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (schema["format"] is JsonValue format && string.Equals(format.GetValue<string>(), "date", StringComparison.Ordinal))
        {
            schema["pattern"] = DatePattern;
        }

        if (context.PropertyInfo is not { } property)
        {
            return schema;
        }

        switch (property.Name)
        {
            case "receipt_number":
                schema["pattern"] = ReceiptNumberPattern;
                break;
            case "a_number":
                schema["pattern"] = ANumberPattern;
                break;
            case "court_id":
                schema["enum"] = new JsonArray([.. FederalDistricts.All.Select(d => (JsonNode)d.CourtId)]);
                break;
        }

        if (property.AttributeProvider is MemberInfo member && describe(member) is { Length: > 0 } description)
        {
            schema.Insert(0, "description", description);
        }

        return schema;
    }

    public static void RequireWhatTheValidatorRequires(JsonObject root)
    {
        var required = root["required"]!.AsArray();
        foreach (var name in RequiredForDrafting.Where(name => !required.Any(n => string.Equals(n!.GetValue<string>(), name, StringComparison.Ordinal))))
        {
            required.Add((JsonNode?)JsonValue.Create(name));
        }
    }
}
