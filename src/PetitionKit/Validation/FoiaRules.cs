using System.Globalization;
using System.Text.RegularExpressions;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>A FOIA suit names agencies, never officials (5 U.S.C. § 552(a)(4)(B): the court enjoins "the agency"); its
/// request facts are in order; an organization appears through counsel (unverified; docs/legal-rules.md#foia-suits).</summary>
internal static partial class FoiaRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        CheckOrganizations(context);
        if (petition.CaseType != CaseType.FoiaRecords)
        {
            if (petition.Foia is not null)
            {
                context.Warning(
                    DiagnosticCodes.FoiaFactsOutsideFoia,
                    "foia",
                    "The FOIA request facts are read only for a FOIA case (case_type foia_records); this draft ignores them.");
            }

            return;
        }

        CheckDefendants(context);
        if (!string.IsNullOrWhiteSpace(petition.Application.ReceiptNumber))
        {
            context.Warning(
                DiagnosticCodes.FoiaReceiptNumberField,
                "application.receipt_number",
                "A FOIA request has the agency's tracking number, not a USCIS receipt number, and the FOIA draft does not print "
                + "this field: move the number to foia.tracking_number.");
        }

        if (petition.Foia is { } foia)
        {
            CheckRequestFacts(context, foia);
        }
    }

    private static void CheckDefendants(ValidationContext context)
    {
        var officials = context.Petition.Officials;
        for (var i = 0; i < officials.Count; i++)
        {
            var official = officials[i];
            if (official.Role != OfficialRole.Agency)
            {
                NotAnAgency(context, Path(i, "role"), "This defendant is an official");
            }
            else if (OfficeTitle().IsMatch(official.Title))
            {
                NotAnAgency(context, Path(i, "title"), $"'{official.Title}' is the title of an official, not an agency");
            }
            else if (!string.IsNullOrWhiteSpace(official.PersonName))
            {
                NotAnAgency(context, Path(i, "person_name"), "An agency defendant is named without a person");
            }
        }
    }

    private static void NotAnAgency(ValidationContext context, string path, string what) =>
        context.Error(
            DiagnosticCodes.FoiaDefendantNotAgency,
            path,
            $"{what}. A FOIA suit names the agency that holds the records, never its officials: the court enjoins the agency "
            + "(5 U.S.C. § 552(a)(4)(B)). Name the agency itself (role agency, its full name as the title), or remove this entry.");

    private static void CheckRequestFacts(ValidationContext context, FoiaRequest foia)
    {
        if (foia.ComponentReceivedOn is { } component)
        {
            DateRules.NotAfterAsOf(context, component, "foia.component_received_on", "The day the component received the request");
        }

        if (foia.DesignatedComponentReceivedOn is { } designated)
        {
            DateRules.NotAfterAsOf(context, designated, "foia.designated_component_received_on", "The day the designated component received the request");
        }

        CheckProcessingRequest(context, foia.FeeWaiver, "foia.fee_waiver", "fee waiver");
        CheckProcessingRequest(context, foia.ExpeditedProcessing, "foia.expedited_processing", "expedited processing");
    }

    private static void CheckProcessingRequest(ValidationContext context, FoiaProcessingRequest? request, string path, string what)
    {
        if (request is null)
        {
            return;
        }

        DateRules.NotAfterAsOf(context, request.RequestedOn, path + ".requested_on", $"The {what} request");
        if (!string.IsNullOrWhiteSpace(request.ExhibitLabel)
            && !context.Petition.Exhibits.Any(e => string.Equals(e.Label.Trim(), request.ExhibitLabel.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            context.Error(
                DiagnosticCodes.ExhibitLabelUnknown,
                path + ".exhibit_label",
                $"No exhibit is labelled '{request.ExhibitLabel}'; add it to the exhibits or correct the label.");
        }

        if (request.DecidedOn is not { } decided)
        {
            return;
        }

        DateRules.NotAfterAsOf(context, decided, path + ".decided_on", $"The {what} decision");
        if (decided < request.RequestedOn)
        {
            context.Error(
                DiagnosticCodes.FoiaDecisionBeforeRequest,
                path + ".decided_on",
                $"The {what} decision ({Iso(decided)}) is dated before the request for it ({Iso(request.RequestedOn)}); check both dates.");
        }

        if (request.Decision == FoiaProcessingDecision.Undecided)
        {
            context.Error(
                DiagnosticCodes.FoiaDecisionBeforeRequest,
                path + ".decision",
                $"The {what} request has a decision date but its decision is undecided; say whether it was denied or granted.");
        }
    }

    private static void CheckOrganizations(ValidationContext context)
    {
        var petition = context.Petition;
        if (petition.Signer?.Kind != SignerKind.ProSe)
        {
            return;
        }

        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            if (petition.Petitioners[i].Organization is not null)
            {
                context.Warning(
                    DiagnosticCodes.OrganizationProSe,
                    string.Create(CultureInfo.InvariantCulture, $"petitioners[{i}].organization"),
                    "An organization generally cannot appear pro se and needs counsel to sign; this is not among PetitionKit's "
                    + "verified authorities: confirm the court's rule, and have an attorney sign.");
            }
        }
    }

    private static string Path(int index, string property) =>
        string.Create(CultureInfo.InvariantCulture, $"officials[{index}].{property}");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Titles of officeholders rather than agencies: "Director, …", "Secretary of …", "Attorney General", "Field Office
    // Director", "Chief, …", "Commissioner of …". An agency's name ("Office of …", "… Services") does not match.
    [GeneratedRegex(@"^\s*(?:(?:Acting|Deputy|Assistant|Field\s+Office|District|Executive\s+Associate)\s+)*(?:Director|Secretary|Attorney\s+General|Commissioner|Administrator|Chief|Officer|Consul(?:\s+General)?|Ambassador)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 10_000)]
    private static partial Regex OfficeTitle();
}
