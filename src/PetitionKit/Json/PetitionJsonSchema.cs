using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using PetitionKit.Model;

namespace PetitionKit.Json;

/// <summary>Generates the JSON Schema of a petition file from the same metadata the reader uses, so the committed
/// <c>schema/petition.schema.json</c> (shipped in the package as <see cref="PetitionSchema"/>) cannot drift from the code
/// (a test compares them). <see cref="PetitionSchemaRules"/> adds what the reader's metadata does not say: the shapes
/// the validator accepts, the districts, and what the validator requires.</summary>
internal static class PetitionJsonSchema
{
    /// <summary>Generates the schema.</summary>
    /// <param name="describe">The description of a model property, from its documentation; the tests pass the
    /// library's XML documentation, so each description is the one the API reference shows.</param>
    public static string Generate(Func<MemberInfo, string?> describe)
    {
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => PetitionSchemaRules.Refine(context, node, describe),
        };
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

        PetitionSchemaRules.RequireWhatTheValidatorRequires(root);
        // A file people read (and forms show the descriptions), never embedded in HTML: "'" and "§" stay as they are.
        var written = new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(written) + "\n";
    }
}
