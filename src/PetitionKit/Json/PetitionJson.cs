using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Model;
using PetitionKit.Validation;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Json;

/// <summary>Reads and writes petition files: JSON with the same snake_case names as the template paths, ISO dates
/// (<c>2024-03-15</c>) and enums as snake_case words. Unknown properties are refused, so a misspelt name is an error rather
/// than a silently missing fact. The schema ships as <c>schema/petition.schema.json</c>.</summary>
public static class PetitionJson
{
    /// <summary>Reads a petition from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read; it is read to the end and not closed.</param>
    /// <returns>The petition; check it with <see cref="PetitionValidator.Validate(Petition, DateOnly)"/> before drafting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PetitionValidationException">The JSON is malformed, has a wrong type, an unknown property, or misses a
    /// required one; the report's issue says where, as a snake_case path.</exception>
    public static Petition Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Translate(() => JsonDocument.Parse(utf8Json, DocumentOptions));
    }

    /// <summary>Reads a petition from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The petition; check it with <see cref="PetitionValidator.Validate(Petition, DateOnly)"/> before drafting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PetitionValidationException">The JSON is malformed, has a wrong type, an unknown property, or misses a
    /// required one; the report's issue says where, as a snake_case path.</exception>
    public static Petition Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Translate(() => JsonDocument.Parse(json, DocumentOptions));
    }

    /// <summary>Reads a petition from UTF-8 JSON without blocking on the stream, such as an ASP.NET Core request body.</summary>
    /// <param name="utf8Json">The stream to read; it is read to the end and not closed.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The petition; check it with <see cref="PetitionValidator.Validate(Petition, DateOnly)"/> before drafting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PetitionValidationException">The JSON is malformed, has a wrong type, an unknown property, or misses a
    /// required one; every problem is listed at once, each with its snake_case path.</exception>
    public static async Task<Petition> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(utf8Json, DocumentOptions, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException exception)
        {
            throw new PetitionValidationException(new ValidationReport(JsonErrors.Describe(exception)), exception);
        }

        return Translate(() => document);
    }

    /// <summary>Writes a petition as <see cref="Write(Petition, Stream)"/> does, without blocking on the stream.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the petition is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Task WriteAsync(Petition petition, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(utf8Json);
        return JsonSerializer.SerializeAsync(utf8Json, petition, PetitionJsonContext.Default.Petition, cancellationToken);
    }

    /// <summary>Gets the public JSON contract as metadata for an app's own serializer options, such as ASP.NET Core's:
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, PetitionJson.TypeInfoResolver))</c>.
    /// A <see cref="Petition"/> parameter then binds from a request body with this class's snake_case names, and a body
    /// that is not a petition throws <see cref="PetitionValidationException"/> listing every problem with its path (as
    /// <see cref="Read(string)"/> does) rather than the serializer's first error; <see cref="PetitionProblem"/> writes
    /// with RFC 7807's names. It uses no reflection, so trimmed and native-AOT apps can use it.</summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => PetitionTypeInfoResolver.Instance;

    /// <summary>Gets read-only serializer options holding <see cref="TypeInfoResolver"/>, for writing a
    /// <see cref="PetitionProblem"/> or a petition where an app passes options, such as
    /// <c>Results.Json(problem, PetitionJson.SerializerOptions, "application/problem+json", problem.Status)</c>.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerOptions();

    /// <summary>Writes a petition as indented UTF-8 JSON with LF line ends; null values are left out.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="utf8Json">The stream to write to; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Petition petition, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(petition);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, petition, PetitionJsonContext.Default.Petition);
    }

    /// <summary>Writes a petition as an indented JSON string with LF line ends; null values are left out.</summary>
    /// <param name="petition">The petition.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="petition"/> is null.</exception>
    public static string Write(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        return JsonSerializer.Serialize(petition, PetitionJsonContext.Default.Petition);
    }

    // The serializer's own reader refuses comments and trailing commas too; the document must read the same files.
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Reads a petition from a parsed document, with every shape error at once; the document is disposed.</summary>
    internal static Petition FromDocument(Func<JsonDocument> parse) => Translate(parse);

    private static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = PetitionTypeInfoResolver.Instance };
        options.MakeReadOnly();
        return options;
    }

    // The file is parsed first and its shape checked against the model, so that every shape error is reported at once;
    // only a file whose shape is right reaches the serializer, which stops at its first error.
    private static Petition Translate(Func<JsonDocument> parse)
    {
        Petition? petition;
        try
        {
            using var document = parse();
            var shape = JsonShapeCheck.Check(document.RootElement);
            if (shape.Count > 0)
            {
                throw new PetitionValidationException(new ValidationReport(shape));
            }

            petition = document.RootElement.Deserialize(PetitionJsonContext.Default.Petition);
        }
        catch (JsonException exception)
        {
            throw new PetitionValidationException(new ValidationReport(JsonErrors.Describe(exception)), exception);
        }

        return petition ?? throw new PetitionValidationException(new ValidationReport(
            [new Diagnostic(DiagnosticCodes.JsonWrongType, DiagnosticSeverity.Error, string.Empty, "The file holds null; it must hold a petition object.")]));
    }
}
