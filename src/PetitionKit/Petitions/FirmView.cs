using System.Text.Json;
using PetitionKit.Word;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>The organization's own data in a petition's view, under <c>firm</c>: its letterhead, a matter number,
/// anything an application passes beside the petition. It is not the petition's, so it never mixes with the
/// petition's names; any key may be read (the petition-model check allows every path under <c>firm</c>), and a key the
/// data lacks prints as a visible gap like any missing fact. What a draft prints from it is scanned for identifiers
/// with the rest of the draft's text.</summary>
internal static class FirmView
{
    /// <summary>The name the data has in the view.</summary>
    public const string Name = "firm";

    /// <summary>The firm data as the view holds it: an empty object when there is none, so <c>{{ if firm.name }}</c>
    /// reads as absent rather than failing.</summary>
    /// <param name="firm">A JSON object, or null.</param>
    /// <param name="templateName">The template drafted, for an error about the data.</param>
    /// <exception cref="ArgumentException"><paramref name="firm"/> is not a JSON object.</exception>
    /// <exception cref="TemplateException">The data holds text that is not valid Unicode or a number too large (PK3007,
    /// PK3008), at its path under <c>$.firm</c>.</exception>
    public static ScriptObject For(JsonElement? firm, string templateName)
    {
        if (firm is not { } data)
        {
            return new ScriptObject(StringComparer.Ordinal);
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The firm data must be a JSON object, not {data.ValueKind}.", nameof(firm));
        }

        try
        {
            return JsonData.ToObject(data);
        }
        catch (InvalidDataTextException ex)
        {
            throw ex.Under(JsonPathSegment.Property(Name)).ToTemplateException(templateName);
        }
    }
}
