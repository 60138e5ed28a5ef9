using System.Text.Json.Serialization;
using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;

namespace PetitionKit.Petitions;

/// <summary>Source-generated serialisation of what the template view adds to a petition: analysis and catalog entries,
/// with the same snake_case names templates use.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DelaySummary))]
[JsonSerializable(typeof(CaseTypeProfile))]
[JsonSerializable(typeof(FederalDistrict))]
[JsonSerializable(typeof(RedactedPetitioner))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
