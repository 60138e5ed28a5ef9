using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>The court exists and venue lies there (28 U.S.C. § 1391(e)(1)); § 1447(b) venue is checked separately.</summary>
internal static class VenueRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        var courtId = petition.Court.CourtId;
        if (context.Catalog.FindDistrict(courtId.Trim().ToLowerInvariant()) is null)
        {
            context.Error(
                DiagnosticCodes.CourtUnknown,
                "court.court_id",
                $"'{courtId}' is not a federal district court id PetitionKit knows; use an id such as cand or dcd.");
            return;
        }

        if (petition.CaseType == CaseType.N400PostInterview1447b)
        {
            return;
        }

        switch (petition.Court.VenueBasis)
        {
            case VenueBasis.PetitionerResidence:
                CheckResidence(context);
                break;
            case VenueBasis.FoiaRecordsOrDistrictOfColumbia when petition.CaseType != CaseType.FoiaRecords:
                context.Error(
                    DiagnosticCodes.VenueFoiaBasisNotFoia,
                    "court.venue_basis",
                    "The FOIA venue rule applies only to a FOIA suit; choose another venue basis.");
                break;
            default:
                break;
        }
    }

    private static void CheckResidence(ValidationContext context)
    {
        var petition = context.Petition;
        var courtId = petition.Court.CourtId.Trim().ToLowerInvariant();
        var located = petition.Petitioners.Select(p => ResidenceLocator.Locate(p, context.Catalog)).ToList();
        if (located.Exists(r => string.Equals(r.CourtId, courtId, StringComparison.Ordinal)))
        {
            return;
        }

        var unknown = located.FindIndex(r => !r.IsKnown);
        if (unknown >= 0)
        {
            context.Warning(
                DiagnosticCodes.VenueResidenceUndetermined,
                string.Create(CultureInfo.InvariantCulture, $"petitioners[{unknown}].residence_district"),
                "PetitionKit cannot tell which district this petitioner lives in, so the venue the draft pleads is unchecked. "
                + "Enter residence_district, the district's id (such as txwd), when the state has more than one district, "
                + "or the residence state when it is missing.");
            return;
        }

        if (located.Count > 0 && petition.CaseType == CaseType.FoiaRecords)
        {
            context.Error(
                DiagnosticCodes.VenueNoResident,
                "court.court_id",
                "No plaintiff resides or has its principal place of business in this district, so FOIA venue cannot rest on "
                + "it (5 U.S.C. § 552(a)(4)(B)). File where a plaintiff resides or has its principal place of business, or "
                + "choose venue_basis foia_records_or_district_of_columbia (where the records are, or the District of Columbia).");
        }
        else if (located.Count > 0)
        {
            context.Error(
                DiagnosticCodes.VenueNoResident,
                "court.court_id",
                "No petitioner lives in this district, so venue cannot rest on a petitioner's residence (28 U.S.C. § 1391(e)(1)(C)); "
                + "a petitioner living abroad cannot use it. File where a petitioner lives, or choose another venue basis.");
        }
    }
}
