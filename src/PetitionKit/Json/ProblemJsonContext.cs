using System.Text.Json.Serialization;
using PetitionKit.Validation;

namespace PetitionKit.Json;

/// <summary>The source-generated metadata of <see cref="PetitionProblem"/>: RFC 7807's member names, as written.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PetitionProblem))]
[JsonSerializable(typeof(ProblemIssue))]
[JsonSerializable(typeof(IReadOnlyList<ProblemIssue>))]
internal sealed partial class ProblemJsonContext : JsonSerializerContext;
