namespace PetitionKit.Model;

/// <summary>The application, petition or request the agency has not decided. JSON and templates: <c>application</c>.</summary>
public sealed record ApplicationDetails
{
    /// <summary>Gets the form, such as "I-130" or "N-400", or "FOIA request". JSON and templates: <c>application.form</c>.</summary>
    public required string Form { get; init; }

    /// <summary>Gets the category, such as "IR-1 spouse of U.S. citizen" or "(c)(8)". JSON and templates: <c>application.category</c>.</summary>
    public string? Category { get; init; }

    /// <summary>Gets the USCIS receipt number as printed, such as <c>EAC-22-123-45678</c>: three letters and ten digits,
    /// with or without dashes and spaces. JSON and templates: <c>application.receipt_number</c>.</summary>
    public string? ReceiptNumber { get; init; }

    /// <summary>Gets the date the agency received the filing; the delay runs from the day after it.
    /// JSON and templates: <c>application.filing_date</c>.</summary>
    public required DateOnly FilingDate { get; init; }

    /// <summary>Gets the I-765 eligibility category as printed on the form, such as <c>(c)(8)</c>, <c>(c)(9)</c> or
    /// <c>(a)(12)</c>; required for an I-765, because the statutory clocks depend on it (the 30-day rule is for (c)(8)
    /// only). JSON and templates: <c>application.ead_category</c>.</summary>
    public string? EadCategory { get; init; }

    /// <summary>Gets whether every document and item of information the agency or the consular post requested has been
    /// provided: <see langword="true"/> lets a consular draft plead that nothing remains for the plaintiffs to do;
    /// <see langword="false"/> (the applicant still owes documents) keeps it out and warns (PK1177) that the delay may be
    /// attributed to the applicant; absent keeps it out and asks the attorney to confirm.
    /// JSON and templates: <c>application.all_requested_documents_provided</c>.</summary>
    public bool? AllRequestedDocumentsProvided { get; init; }

    /// <summary>Gets the office that holds the file now, such as "Houston Field Office"; required when the receipt
    /// prefix does not identify it. JSON and templates: <c>application.office</c>.</summary>
    public string? Office { get; init; }

    /// <summary>Gets the office the application was filed with, such as "National Benefits Center", when it differs
    /// from <see cref="Office"/>; the facts then say where it was filed and where it is now.
    /// JSON and templates: <c>application.filing_office</c>.</summary>
    public string? FilingOffice { get; init; }

    /// <summary>Gets the label of the exhibit holding the receipt notice, cited where the facts plead the filing.
    /// JSON and templates: <c>application.exhibit_label</c>.</summary>
    public string? ExhibitLabel { get; init; }
}
