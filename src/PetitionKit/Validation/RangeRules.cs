using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Every date (and the as-of date) lies in the calendar range PetitionKit accepts, and every number in its field's
/// range (<see cref="SupportedRanges"/>). Read from the model's metadata, so a date or number field added later is checked
/// too; a number field without a range fails a test.</summary>
internal static class RangeRules
{
    /// <summary>The path the as-of date is reported at: it is not in the petition, but given with it.</summary>
    public const string AsOfPath = "as_of";

    public static void Check(ValidationContext context)
    {
        if (!SupportedRanges.Contains(context.AsOf))
        {
            context.Error(DiagnosticCodes.DateOutOfRange, AsOfPath,
                $"The as-of date {Iso(context.AsOf)} is outside the dates PetitionKit accepts ({SupportedRanges.DatesInWords}); draft as of the day the draft is made.");
        }

        foreach (var leaf in PetitionLeaves.Of(context.Petition))
        {
            switch (leaf.Value)
            {
                case DateOnly date when !SupportedRanges.Contains(date):
                    context.Error(DiagnosticCodes.DateOutOfRange, leaf.Path,
                        $"The date {Iso(date)} is outside the dates PetitionKit accepts ({SupportedRanges.DatesInWords}); check the year.");
                    break;
                case int or decimal when SupportedRanges.ForNumber(leaf.Shape) is { } range
                    && !range.Contains(Convert.ToDecimal(leaf.Value, CultureInfo.InvariantCulture)):
                    context.Error(DiagnosticCodes.NumberOutOfRange, leaf.Path,
                        range.Message(Convert.ToString(leaf.Value, CultureInfo.InvariantCulture)!));
                    break;
                default:
                    break;
            }
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
