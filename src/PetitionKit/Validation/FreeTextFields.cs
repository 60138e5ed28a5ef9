using System.Collections;
using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using PetitionKit.Json;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Every string in a petition that a template can print, with its JSON path: facts, harms, timeline
/// descriptions and outcomes, the duty description, exhibit titles, relief requests, names and addresses, and any
/// string field the model gains later. Read from the same JSON metadata the petition file is read with, so a new
/// field is covered without being listed here.</summary>
/// <remarks>Left out are the fields the rules check in their own way: a petitioner's name, pseudonym, SSN and A-number
/// (masked by the petitioner view itself), the legal sources (catalog ids), and identifiers that are not prose (receipt
/// number, court id, bar number, exhibit labels). Dates, numbers, booleans and enum words are not strings in the
/// model and are never read.</remarks>
internal static class FreeTextFields
{
    // Paths with their indexes removed ("harms[].description").
    private static readonly HashSet<string> Structured = new(StringComparer.Ordinal)
    {
        "petitioners[].name",
        "petitioners[].pseudonym",
        "petitioners[].ssn",
        "petitioners[].a_number",
        "petitioners[].residence_district",
        "duty.legal_sources[]",
        "application.receipt_number",
        "court.court_id",
        "signer.bar_number",
        "exhibits[].label",
    };

    public static IReadOnlyList<FreeTextField> Of(Petition petition)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var fields = new List<FreeTextField>();
        Visit(petition, typeof(Petition), string.Empty, string.Empty, fields);
        return fields;
    }

    private static void Visit(object value, Type type, string path, string shape, List<FreeTextField> fields)
    {
        if (value is string text)
        {
            if (!string.IsNullOrWhiteSpace(text) && !Structured.Contains(shape))
            {
                fields.Add(new FreeTextField(path, text));
            }

            return;
        }

        var info = PetitionJsonContext.Default.GetTypeInfo(type);
        if (info is null)
        {
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                foreach (var property in info.Properties)
                {
                    if (property.Get?.Invoke(value) is { } child)
                    {
                        var name = path.Length == 0 ? property.Name : path + "." + property.Name;
                        var childShape = shape.Length == 0 ? property.Name : shape + "." + property.Name;
                        Visit(child, property.PropertyType, name, childShape, fields);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType && value is IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Visit(item, elementType, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), shape + "[]", fields);
                    }

                    index++;
                }

                break;
            default:
                break;
        }
    }
}
