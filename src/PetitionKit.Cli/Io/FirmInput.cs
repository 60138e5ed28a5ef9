using System.Text.Json;

namespace PetitionKit.Cli.Io;

/// <summary>Reads <c>--firm</c>: a JSON object of the organization's own data, which a template reads as <c>firm.*</c>.</summary>
internal static class FirmInput
{
    /// <summary>Reads and parses the file; every failure is one line naming the file.</summary>
    public static Task<Loaded<JsonDocument>> ReadAsync(string path, CancellationToken cancellationToken) =>
        DataInput.ReadAsync(path, cancellationToken, "the firm data", "{\"name\": \"…\", \"matter\": \"…\"}");
}
