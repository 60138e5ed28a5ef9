using System.Text.Json;

namespace PetitionKit.Cli.Machine;

/// <summary>What a command run with <c>--json</c> hands back besides its diagnostics: the members of the document's
/// <c>result</c> object, in the order the command adds them.</summary>
internal sealed class MachineResult
{
    private readonly List<(string Name, Action<Utf8JsonWriter> Write)> _members = [];

    public bool IsEmpty => _members.Count == 0;

    /// <summary>Adds a member; <paramref name="write"/> writes its value (one value: a string, a number, an object…).</summary>
    public void Add(string name, Action<Utf8JsonWriter> write) => _members.Add((name, write));

    public void Add(string name, string? value) => Add(name, json => WriteString(json, value));

    public void Add(string name, int value) => Add(name, json => json.WriteNumberValue(value));

    public void Add(string name, bool value) => Add(name, json => json.WriteBooleanValue(value));

    public void Add(string name, IReadOnlyList<string> values) => Add(name, json => MachineTemplates.WriteStrings(json, values));

    public void WriteTo(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var (name, write) in _members)
        {
            json.WritePropertyName(name);
            write(json);
        }

        json.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
