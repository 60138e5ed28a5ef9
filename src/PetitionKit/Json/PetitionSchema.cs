namespace PetitionKit.Json;

/// <summary>The JSON Schema (draft 2020-12) of a petition file, as the package ships it: every property described,
/// identifiers and dates with the patterns the validator accepts, <c>court.court_id</c> one of the 94 district ids, and
/// the fields a draft cannot do without required. A form builder or another language's validator reads it; the library
/// itself validates with <see cref="Validation.PetitionValidator"/>, which also checks what a schema cannot (dates in
/// order, deadlines, privacy).</summary>
public static class PetitionSchema
{
    private const string ResourceName = "PetitionKit.Json.petition.schema.json";

    private static readonly Lazy<string> Text = new(() =>
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    });

    /// <summary>Gets the schema's text, the same bytes as <c>schema/petition.schema.json</c> in the repository.</summary>
    public static string Json => Text.Value;

    /// <summary>Opens the schema as a stream, for example to return it from a web endpoint.</summary>
    /// <returns>A new read-only stream of the UTF-8 JSON; the caller disposes it.</returns>
    public static Stream OpenRead() =>
        typeof(PetitionSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The schema resource {ResourceName} is missing from the assembly.");
}
