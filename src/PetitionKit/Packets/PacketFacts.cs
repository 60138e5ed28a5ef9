using System.Globalization;
using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Petitions;
using PetitionKit.Validation;
using PetitionKit.Word.Drafting;
using Scriban.Runtime;

namespace PetitionKit.Packets;

/// <summary>What the packet's documents read besides the complaint's view, as <c>packet</c>: the defendants as each
/// document names and serves them, the answer time, the JS 44 codes and the service addresses. Built from the same
/// petition as the complaint's view, so a title changed there changes in every document.</summary>
internal static class PacketFacts
{
    /// <summary>The visible gap printed where the domain files hold no address: never a guess.</summary>
    public const string AddressNeeded = "[ADDRESS NEEDED: not in PetitionKit's address catalog; find the official service address and record its source]";

    public static ScriptObject Create(Petition petition, CaseTypeProfile profile, FederalDistrict? district)
    {
        var foia = petition.CaseType == CaseType.FoiaRecords;
        var code = profile.NatureOfSuitCode ?? throw new InvalidOperationException($"The case type {petition.CaseType} has no JS 44 nature-of-suit code.");
        var first = petition.Petitioners.Count > 0 ? petition.Petitioners[0] : null;
        var residence = first?.Organization?.PrincipalPlaceOfBusiness ?? first?.Residence;
        var packet = new ScriptObject(StringComparer.Ordinal)
        {
            { "is_foia", foia },
            // Fed. R. Civ. P. 12(a)(2): 60 days after service on the U.S. Attorney; FOIA: 30 days, 5 U.S.C. § 552(a)(4)(C).
            { "answer_days", foia ? 30 : 60 },
            { "answer_authority", foia ? "5-usc-552-a-4-c" : "frcp-12-a-2" },
            { "nature_of_suit_code", code },
            { "nature_of_suit_name", NatureOfSuitName(code) },
            { "cause_authorities", new ScriptArray(CauseAuthorities(PleadedClaims.For(petition, profile))) },
            { "first_plaintiff_abroad", residence?.Country is { } country && !string.IsNullOrWhiteSpace(country) && !ResidenceLocator.IsUnitedStates(country) },
            { "first_plaintiff_county", string.IsNullOrWhiteSpace(residence?.County) ? null : residence.County.Trim() },
            { "is_ddc", string.Equals(petition.Court.CourtId, "dcd", StringComparison.OrdinalIgnoreCase) },
            { "us_attorney_office", district is null ? null : "United States Attorney's Office for the " + district.Name },
            { "us_attorney_address", AddressNeeded },
            { "attorney_general", Address(ServiceAddresses.AttorneyGeneral) },
            { "defendants", new ScriptArray(Defendants(petition).Select(Defendant)) },
            { "summoned", null },
            { "declarant", null },
        };
        return packet;
    }

    /// <summary>The parties the packet treats as defendants: in a FOIA case the agencies (the remedy runs against the
    /// agency, 5 U.S.C. § 552(a)(4)(B)), as the FOIA complaint's caption names them; otherwise every official.</summary>
    public static IReadOnlyList<Official> Defendants(Petition petition)
    {
        if (petition.CaseType != CaseType.FoiaRecords)
        {
            return petition.Officials;
        }

        var agencies = petition.Officials.Where(o => o.Role == OfficialRole.Agency).ToList();
        return agencies.Count > 0 ? agencies : [new Official { Title = petition.Agency, Agency = petition.Agency, Role = OfficialRole.Agency }];
    }

    /// <summary>The review items about service addresses: each one printed from a source that is not verified, and each
    /// address the catalog lacks.</summary>
    /// <remarks>The first item is always the U.S. Attorney's, which no catalog address can fill.</remarks>
    public static IEnumerable<ChecklistItem> AddressItems(IEnumerable<Official> defendants, FederalDistrict? district)
    {
        var office = district is null ? "the district" : "the " + district.Name;
        yield return new ChecklistItem(ChecklistCategory.MissingFact,
            $"U.S. Attorney's civil-process clerk for {office}: PetitionKit's catalog has no address for any U.S. Attorney's office. Take the address from that office, record where you found it and when, and replace the [ADDRESS NEEDED] mark.");
        foreach (var official in defendants.DistinctBy(o => o.Title, StringComparer.Ordinal))
        {
            switch (ServiceAddresses.For(official))
            {
                case null:
                    yield return new ChecklistItem(ChecklistCategory.MissingFact,
                        $"{official.Title}: PetitionKit's catalog has no service address for this defendant. Find the address to which Fed. R. Civ. P. 4(i)(2) copies go, record its source, and replace the [ADDRESS NEEDED] mark.");
                    break;
                case { Verification: not VerificationStatus.Verified } address:
                    yield return new ChecklistItem(ChecklistCategory.MissingFact,
                        $"{official.Title}: the address printed ({string.Join(", ", address.Lines)}) is {Status(address.Verification)} ({address.Source}). Confirm it from the agency's own regulation or website before mailing.");
                    break;
            }
        }
    }

    /// <summary>A defendant as the packet's documents print and serve it.</summary>
    public static ScriptObject Defendant(Official official)
    {
        var isAgency = official.Role == OfficialRole.Agency;
        var address = ServiceAddresses.For(official);
        return new ScriptObject(StringComparer.Ordinal)
        {
            { "title", official.Title },
            { "agency", official.Agency },
            { "is_agency", isAgency },
            { "person_name", official.PersonName },
            { "name_as_of", official.NameAsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            // As the complaint's caption names the party (caption-officials.part), in ordinary case.
            {
                "caption_name", official.PersonName is { } person ? $"{person}, in official capacity as {official.Title}"
                    : isAgency ? official.Title : $"{official.Title}, in official capacity"
            },
            { "address", address is null ? Missing() : Address(address) },
            // The brief has DHS's Office of the General Counsel accepting for every component, but not in so many words
            // for an officer sued in an official capacity: the documents ask the attorney to confirm it.
            { "officer_at_dhs_counsel", !isAgency && ReferenceEquals(address, ServiceAddresses.HomelandSecurity) },
        };
    }

    private static ScriptObject Address(ServiceAddress address) => new(StringComparer.Ordinal)
    {
        { "lines", new ScriptArray(address.Lines) },
        { "known", true },
        { "flag", address.Verification switch
            {
                VerificationStatus.Verified => string.Empty,
                VerificationStatus.SecondaryOnly => "[VERIFY: secondary source only]",
                _ => "[VERIFY: not verified]",
            }
        },
        { "source", $"{address.Source}; {Status(address.Verification)}; catalog checked {ServiceAddresses.CheckedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" },
        { "note", address.Note },
    };

    private static ScriptObject Missing() => new(StringComparer.Ordinal)
    {
        { "lines", new ScriptArray(new[] { AddressNeeded }) },
        { "known", false },
        { "flag", string.Empty },
        { "source", "none: the domain files hold no address for this defendant" },
        { "note", null },
    };

    private static string Status(VerificationStatus status) => status switch
    {
        VerificationStatus.Verified => "verified in a public source",
        VerificationStatus.SecondaryOnly => "seen only in a secondary source",
        _ => "not verified in any source",
    };

    // JS 44 box VI cites the civil statute sued under, never a jurisdictional one (28 U.S.C. § 1361, § 1331) and not the
    // declaratory-judgment remedy: the APA's delay provisions, § 1447(b), or FOIA's cause of action
    // (docs/legal-rules.md#the-filing-packet).
    private static IEnumerable<string> CauseAuthorities(IReadOnlyList<Claim> claims)
    {
        foreach (var claim in claims)
        {
            switch (claim)
            {
                case Claim.Apa:
                    yield return "5-usc-555-b";
                    yield return "5-usc-706-1";
                    break;
                case Claim.Naturalization1447b:
                    yield return "8-usc-1447-b";
                    break;
                case Claim.Foia:
                    yield return "5-usc-552-a-4-b";
                    break;
            }
        }
    }

    // The names of the JS 44 codes the case-type catalog uses (docs/legal-rules.md#the-filing-packet); 540 is a
    // prisoner-petition code and is never chosen.
    private static string NatureOfSuitName(int code) => code switch
    {
        465 => "Other Immigration Actions",
        462 => "Naturalization Application",
        895 => "Freedom of Information Act",
        899 => "Administrative Procedure Act/Review or Appeal of Agency Decision",
        _ => throw new InvalidOperationException($"JS 44 nature-of-suit code {code} is not one PetitionKit drafts (465, 462, 895, 899)."),
    };
}
