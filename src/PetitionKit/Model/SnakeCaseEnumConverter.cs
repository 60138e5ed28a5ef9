using System.Text.Json;
using System.Text.Json.Serialization;

namespace PetitionKit.Model;

/// <summary>Reads and writes an enum as its member name in snake_case, such as <c>i130_petition_for_alien_relative</c>;
/// numbers are refused so that a petition file says what it means.</summary>
internal sealed class SnakeCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public SnakeCaseEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    {
    }
}
