using System.Text.Json;

namespace PetitionKit.Petitions;

/// <summary>Writes an enum value the way JSON and templates spell it: snake_case words.</summary>
internal static class Words
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
