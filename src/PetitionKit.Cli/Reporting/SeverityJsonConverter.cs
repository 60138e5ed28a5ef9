using System.Text.Json;
using System.Text.Json.Serialization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Cli.Reporting;

/// <summary>Writes a severity as <c>"warning"</c> or <c>"error"</c>, the words the diagnostic lines use.</summary>
internal sealed class SeverityJsonConverter() : JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false);
