using System.Text.Json.Serialization;

namespace PetitionKit.Model;

/// <summary>The source-generated System.Text.Json metadata for petition files: snake_case names equal to the template
/// paths, ISO dates, enums as snake_case words, unknown properties refused, and two-space indents with LF line ends
/// so that output is the same bytes on every platform.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    NumberHandling = JsonNumberHandling.Strict,
    Converters =
    [
        typeof(SnakeCaseEnumConverter<CaseType>),
        typeof(SnakeCaseEnumConverter<Claim>),
        typeof(SnakeCaseEnumConverter<VenueBasis>),
        typeof(SnakeCaseEnumConverter<PetitionerRole>),
        typeof(SnakeCaseEnumConverter<OfficialRole>),
        typeof(SnakeCaseEnumConverter<TimelineEventKind>),
        typeof(SnakeCaseEnumConverter<HarmKind>),
        typeof(SnakeCaseEnumConverter<SignerKind>),
        typeof(SnakeCaseEnumConverter<FoiaProcessingDecision>),
        typeof(SnakeCaseEnumConverter<RepresentativeCapacity>),
    ])]
[JsonSerializable(typeof(Petition))]
internal sealed partial class PetitionJsonContext : JsonSerializerContext;
