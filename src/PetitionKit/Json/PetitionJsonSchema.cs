using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PetitionKit.Model;

namespace PetitionKit.Json;

/// <summary>Generates the JSON Schema of a petition file from the same metadata the reader uses, so the committed
/// <c>schema/petition.schema.json</c> cannot drift from the code (a test compares them).</summary>
internal static class PetitionJsonSchema
{
    public static string Generate()
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
        var schema = PetitionJsonContext.Default.Petition.GetJsonSchemaAsNode(options).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "PetitionKit petition",
            ["description"] = "One petition for PetitionKit to draft as an attorney-review draft. Property names are the "
                + "template paths; dates are YYYY-MM-DD.",
        };
        foreach (var (name, value) in schema.ToList())
        {
            schema.Remove(name);
            root[name] = value;
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n" }) + "\n";
    }
}
