using System.Text.Json.Serialization;
using PetitionKit.Word;

namespace PetitionKit.Cli.Reporting;

/// <summary>Source-generated serialization of the render report: no reflection at run time, and members the library adds
/// to <see cref="RenderReport"/> later appear in the JSON without a change here.</summary>
[JsonSerializable(typeof(RenderReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
