using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Packets;

/// <summary>The fixed national service addresses the domain files hold (docs/legal-rules.md#the-filing-packet), and which
/// one reaches each kind of defendant. A U.S. Attorney's office has no address here: the domain files give none per
/// district, so the service plan leaves a visible gap. Each address's source text names where the domain files took
/// it from.</summary>
internal static class ServiceAddresses
{
    /// <summary>The day the domain files these addresses come from were checked (the catalogs' date).</summary>
    public static readonly DateOnly CheckedOn = new(2026, 6, 20);

    public static readonly ServiceAddress AttorneyGeneral = new(
        "attorney-general",
        ["Attorney General of the United States", "U.S. Department of Justice", "950 Pennsylvania Avenue NW", "Washington, DC 20530-0001"],
        VerificationStatus.Verified,
        "from https://www.firstlegal.com/top-tip-serving-the-united-states-of-america/",
        null);

    public static readonly ServiceAddress HomelandSecurity = new(
        "dhs-ogc",
        ["Office of the General Counsel", "U.S. Department of Homeland Security", "2707 Martin Luther King Jr. Ave SE", "Washington, DC 20528-0485"],
        VerificationStatus.Verified,
        "from 6 C.F.R. pt. 5, subpt. C, App. A, https://ecfr.io/Title-6/Part-5/Appendix-A",
        "registered or certified mail; an e-mail copy is encouraged; the Office of the General Counsel may accept service for all DHS components");

    public static readonly ServiceAddress State = new(
        "state-legal-adviser",
        ["Office of the Legal Adviser (L/EX)", "U.S. Department of State", "2201 C Street NW", "Washington, DC 20520"],
        VerificationStatus.Unverified,
        "general knowledge (22 C.F.R. § 172.2), no source read",
        null);

    public static readonly ServiceAddress Fbi = new(
        "fbi-ogc",
        ["Office of the General Counsel", "Federal Bureau of Investigation", "935 Pennsylvania Ave NW", "Washington, DC 20535"],
        VerificationStatus.Unverified,
        "general knowledge, no source read",
        null);

    /// <summary>The address through which an agency or officer is sent its copy under Rule 4(i)(2), or null when the
    /// domain files hold none for it.</summary>
    public static ServiceAddress? For(Official official) => official.Role switch
    {
        OfficialRole.SecretaryOfHomelandSecurity or OfficialRole.DirectorUscis or OfficialRole.ServiceCenterDirector
            or OfficialRole.NationalBenefitsCenterDirector or OfficialRole.FieldOfficeDirector or OfficialRole.DistrictDirector
            or OfficialRole.AsylumOfficeDirector or OfficialRole.ImmigrantInvestorProgramChief or OfficialRole.DirectorIce
            or OfficialRole.IceFieldOfficeDirector => HomelandSecurity,
        OfficialRole.AttorneyGeneral => AttorneyGeneral,
        OfficialRole.DirectorFbi => Fbi,
        OfficialRole.SecretaryOfState or OfficialRole.ConsularOfficer or OfficialRole.ChiefOfMission
            or OfficialRole.ScreeningAnalysisCoordinationDirector => State,
        _ => ForAgencyName(official.Agency),
    };

    // An agency defendant (FOIA names the agency) or an office the catalog does not know: only a DHS component or one
    // of the departments above is recognised by name; anything else stays a gap rather than a guess.
    private static ServiceAddress? ForAgencyName(string agency)
    {
        string[] homeland = ["Homeland Security", "Citizenship and Immigration Services", "Immigration and Customs Enforcement", "USCIS"];
        if (homeland.Any(name => agency.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return HomelandSecurity;
        }

        if (agency.Contains("Department of State", StringComparison.OrdinalIgnoreCase))
        {
            return State;
        }

        return agency.Contains("Federal Bureau of Investigation", StringComparison.OrdinalIgnoreCase) ? Fbi : null;
    }
}
