using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionKit.Catalogs;

/// <summary>Source-generated JSON metadata for the catalog data files: no reflection, and any unknown or missing
/// property in a data file fails loudly instead of being dropped.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip)]
[JsonSerializable(typeof(FederalDistrictsDocument))]
[JsonSerializable(typeof(ReceiptOfficesDocument))]
[JsonSerializable(typeof(AuthoritiesDocument))]
[JsonSerializable(typeof(CaseTypesDocument))]
[JsonSerializable(typeof(DefendantOfficesDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
