using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Warns, with the field's path, for each full SSN, full date of birth, minor's full name or A-number typed into
/// free text (Fed. R. Civ. P. 5.2(a); docs/legal-rules.md#privacy-and-redaction). A draft masks them as it masks the structured fields, unless
/// raw values are opted in; the warning asks for the text to be fixed at its source.</summary>
internal static class FreeTextPrivacyRules
{
    public static void Check(ValidationContext context)
    {
        var facts = PrivacyFacts.Of(context.Petition);
        foreach (var field in FreeTextFields.Of(context.Petition))
        {
            foreach (var finding in FreeTextPrivacy.Find(field.Text, facts))
            {
                context.Warning(Code(finding.Kind), field.Path, Message(finding.Kind));
            }
        }
    }

    /// <summary>Whether a code is one of this rule's, so the draft's checklist can say what it masked in their place.</summary>
    public static bool IsOwnCode(string code) =>
        code is DiagnosticCodes.FreeTextSsn or DiagnosticCodes.FreeTextDateOfBirth or DiagnosticCodes.FreeTextMinorName or DiagnosticCodes.FreeTextANumber;

    private static string Code(FreeTextPrivacyKind kind) => kind switch
    {
        FreeTextPrivacyKind.Ssn => DiagnosticCodes.FreeTextSsn,
        FreeTextPrivacyKind.DateOfBirth => DiagnosticCodes.FreeTextDateOfBirth,
        FreeTextPrivacyKind.MinorName => DiagnosticCodes.FreeTextMinorName,
        _ => DiagnosticCodes.FreeTextANumber,
    };

    private static string Message(FreeTextPrivacyKind kind) => kind switch
    {
        FreeTextPrivacyKind.Ssn =>
            "This text holds a full Social Security number; a filing may show only its last four digits (Fed. R. Civ. P. 5.2(a)(1)). "
            + "The draft shows the last four; write only those here.",
        FreeTextPrivacyKind.DateOfBirth =>
            "This text holds a full date of birth; a filing may show only the year (Fed. R. Civ. P. 5.2(a)(2)). "
            + "The draft shows the year; write only the year here.",
        FreeTextPrivacyKind.MinorName =>
            "This text names a minor (in full, or by the given name alone); a filing may show only the minor's initials (Fed. R. Civ. P. 5.2(a)(3)). "
            + "The draft shows the initials; write the initials here.",
        _ =>
            "This text holds an A-number in full; the draft masks it as it masks the petitioners' a_number field "
            + "(such as AXXX-XXX-678). Write it masked here, or leave it to the a_number field.",
    };
}
