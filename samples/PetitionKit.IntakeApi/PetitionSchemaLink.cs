using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PetitionKit.Model;

namespace PetitionKit.IntakeApi;

/// <summary>Points the OpenAPI document's petition schema at the JSON Schema the library ships: the petition binds
/// through its own converter, which reports every error at once, so the generator cannot see its properties, and the
/// shipped schema (every property described, patterns, the 94 court ids) is the one source of truth.</summary>
public static class PetitionSchemaLink
{
    /// <summary>Where the service serves the shipped schema.</summary>
    public const string Path = "/schema/petition.schema.json";

    /// <summary>Describes the petition schema and links it to <see cref="Path"/>; other schemas are left alone.</summary>
    public static Task ApplyAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type == typeof(Petition))
        {
            schema.Type = JsonSchemaType.Object;
            schema.Description = "A petition, as in a petition file. Its JSON Schema (draft 2020-12) is served at " + Path + " and ships in the PetitionKit package (PetitionSchema.Json).";
            schema.ExternalDocs = new OpenApiExternalDocs { Description = "The petition's JSON Schema", Url = new Uri(Path, UriKind.Relative) };
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the draft's second answer: to a client that accepts JSON (and not the Word type), the draft with its
    /// report. OpenAPI keeps one response per status, so the JSON form joins the .docx under 200 with its own schema.</summary>
    public static async Task DescribeReportAnswerAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(DraftWithReport), null, cancellationToken).ConfigureAwait(false);
            content["application/json"] = new OpenApiMediaType { Schema = schema };
        }
    }

    /// <summary>Says that an operation's body is a petition, sent as JSON.</summary>
    public static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var schema = await context.GetOrCreateSchemaAsync(typeof(Petition), null, cancellationToken).ConfigureAwait(false);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["application/json"] = new() { Schema = schema } },
        };
    }
}
