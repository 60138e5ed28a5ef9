using System.Globalization;

namespace PetitionKit.Word.Diagnostics;

/// <summary>A time limit as a message states it, in the largest unit that keeps it above zero: "30 seconds",
/// "250 milliseconds", "0.1 microseconds", never "0 seconds" for a limit under a second.</summary>
internal static class LimitDuration
{
    public static string Words(TimeSpan limit)
    {
        var (amount, unit) = limit.TotalSeconds >= 1 ? (limit.TotalSeconds, "second")
            : limit.TotalMilliseconds >= 1 ? (limit.TotalMilliseconds, "millisecond")
            : (limit.TotalMicroseconds, "microsecond");
        var number = amount.ToString("#,0.###", CultureInfo.InvariantCulture);
        return string.Equals(number, "1", StringComparison.Ordinal) ? $"1 {unit}" : $"{number} {unit}s";
    }
}
