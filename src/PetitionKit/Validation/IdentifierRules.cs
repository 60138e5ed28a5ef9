using System.Globalization;
using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Receipt numbers, A-numbers and SSNs have the right shape (docs/legal-rules.md#identifiers).</summary>
internal static partial class IdentifierRules
{
    public static void Check(ValidationContext context)
    {
        CheckReceipt(context);
        var petitioners = context.Petition.Petitioners;
        for (var i = 0; i < petitioners.Count; i++)
        {
            var petitioner = petitioners[i];
            if (petitioner.ANumber is { } aNumber && !ANumber.TryParse(aNumber, out _))
            {
                context.Error(
                    DiagnosticCodes.ANumberMalformed,
                    Path(i, "a_number"),
                    "The A-number must be 7 to 9 digits, with or without a leading A, such as A012345678.");
            }

            if (petitioner.ReceiptNumber is { } receipt && !ReceiptNumber.TryParse(receipt, out _))
            {
                context.Error(
                    DiagnosticCodes.ReceiptMalformed,
                    Path(i, "receipt_number"),
                    "The receipt number must be three letters and ten digits, such as EAC2212345678 (dashes and spaces are "
                    + "fine); copy it from this person's own receipt notice.");
            }

            if (petitioner.Ssn is { } ssn && !Ssn().IsMatch(ssn.Trim()))
            {
                context.Error(
                    DiagnosticCodes.SsnMalformed,
                    Path(i, "ssn"),
                    "The Social Security number must be nine digits, such as 123-45-6789.");
            }
        }
    }

    private static void CheckReceipt(ValidationContext context)
    {
        var application = context.Petition.Application;
        // A FOIA request carries the agency's own tracking number (foia.tracking_number), never a USCIS receipt number.
        if (application.ReceiptNumber is not { } text || context.Petition.CaseType == CaseType.FoiaRecords)
        {
            return;
        }

        if (!ReceiptNumber.TryParse(text, out var receipt))
        {
            context.Error(
                DiagnosticCodes.ReceiptMalformed,
                "application.receipt_number",
                "The receipt number must be three letters and ten digits, such as EAC2212345678 (dashes and spaces are "
                + "fine); copy it from the receipt notice.");
            return;
        }

        if (receipt.HasAsterisk)
        {
            context.Warning(
                DiagnosticCodes.ReceiptAsterisk,
                "application.receipt_number",
                "The receipt number has an asterisk; check it against the receipt notice.");
        }

        if (context.Catalog.FindReceiptOffice(receipt.Prefix) is null && string.IsNullOrWhiteSpace(application.Office))
        {
            context.Warning(
                DiagnosticCodes.ReceiptOfficeUnknown,
                "application.office",
                $"The receipt prefix {receipt.Prefix} does not identify an office PetitionKit knows; enter the office that "
                + "holds the file, from the receipt or the latest transfer notice.");
        }
    }

    private static string Path(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"petitioners[{index}].{property}");

    // ASCII digits only: \d also matches Arabic-Indic, Devanagari and other digits, which no agency number holds.
    [GeneratedRegex(@"^[0-9]{3}[\s\-]?[0-9]{2}[\s\-]?[0-9]{4}$", RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex Ssn();
}
