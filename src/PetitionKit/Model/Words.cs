using System.Text.Json;

namespace PetitionKit.Model;

/// <summary>Writes an enum value the way JSON and templates spell it: snake_case words.</summary>
internal static class Words
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>How a pleading names the capacity an adult sues in for a minor: "next friend" or "guardian".</summary>
    public static string Phrase(RepresentativeCapacity capacity) =>
        capacity == RepresentativeCapacity.Guardian ? "guardian" : "next friend";
}
