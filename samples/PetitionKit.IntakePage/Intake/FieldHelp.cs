using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Intake;

/// <summary>What each field is for, in the words of the paralegals and law students who fill it in. The model's own
/// documentation is written for programmers (type names, "null", JSON notes), so the page keeps its own sentences, one
/// per field, keyed by the field's path with its list indexes left out (<c>petitioners[].name</c>); a test checks that
/// every field on every step has one and that none reads like code.</summary>
public static partial class FieldHelp
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["agency"] = "The agency that holds the delayed application or the requested records, by its full name, such as “U.S. Citizenship and Immigration Services”.",
        ["case_type"] = "The kind of case. It decides which counts the complaint pleads, which defendants it usually names and which time limits apply.",

        ["court.court_id"] = "The federal district court the complaint is filed in.",
        ["court.division"] = "The part of the district the case belongs in; the caption names it.",
        ["court.venue_basis"] = "Why the case may be brought in this court. Usually because a petitioner lives in the district.",
        ["court.case_number"] = "The number the clerk gives the case.",

        ["petitioners[].name"] = "The person's full legal name, as on the immigration papers.",
        ["petitioners[].role"] = "The person's part in the case: the applicant, a family member included in the application, the person who filed a petition for someone else, and so on.",
        ["petitioners[].status"] = "The person's immigration status or citizenship as the complaint should state it, such as “a citizen of Nigeria”.",
        ["petitioners[].date_of_birth"] = "The complaint shows only the year of birth.",
        ["petitioners[].a_number"] = "The alien registration number on the person's notices: 7 to 9 digits, with or without the A. The complaint shows only its last three digits.",
        ["petitioners[].receipt_number"] = "Only when each family member filed a form of their own, such as an I-485 each, or an I-130 for each child: the receipt number on this person's own notice. The complaint asks the court to have every one decided. Leave it empty for the person whose receipt number goes on the application step.",
        ["petitioners[].is_minor"] = "Tick for a child. The complaint names a minor by initials only, and a minor sues through an adult (the next friend).",
        ["petitioners[].next_friend.name"] = "The adult the minor sues through, usually a parent. The caption names this adult beside the minor's initials.",
        ["petitioners[].next_friend.relationship"] = "The adult's relationship to the minor in a word or two, such as “mother”.",
        ["petitioners[].pseudonym"] = "Only when the attorney will ask the court to let this person proceed under another name, such as “Jane Doe” in a U or T visa case. The complaint then uses this name everywhere in place of the real one.",
        ["petitioners[].residence.lines[]"] = "Where the person lives. The complaint states the city and state; venue and the civil cover sheet use the county and state.",
        ["petitioners[].residence.city"] = "City or town.",
        ["petitioners[].residence.county"] = "The civil cover sheet asks for the county.",
        ["petitioners[].residence.state"] = "Two letters, such as TX.",
        ["petitioners[].residence.postal_code"] = "Five digits, or ZIP+4.",
        ["petitioners[].residence_district"] = "Only where the state has more than one federal district: the district the person lives in (for an organization, where its main office is).",
        ["petitioners[].phone"] = "Only when the petitioners sign without a lawyer: the telephone number they sign with.",
        ["petitioners[].email"] = "Only when the petitioners sign without a lawyer: the e-mail address they sign with.",
        ["petitioners[].organization.mission"] = "What the organization does, as words that follow “whose mission is”, such as “to defend the rights of immigrants in Georgia”.",
        ["petitioners[].organization.interest_in_records"] = "Why it asked for the records, as words that follow “It requested the records”, such as “to inform the public about the county's agreement with ICE”.",
        ["petitioners[].organization.principal_place_of_business.lines[]"] = "The address of the organization's main office (its principal place of business). A FOIA suit may be brought in the district where it is.",
        ["petitioners[].organization.principal_place_of_business.city"] = "City or town.",
        ["petitioners[].organization.principal_place_of_business.county"] = "The civil cover sheet asks for the county.",
        ["petitioners[].organization.principal_place_of_business.state"] = "Two letters, such as NC.",
        ["petitioners[].organization.principal_place_of_business.postal_code"] = "Five digits, or ZIP+4.",

        ["application.form"] = "The form number, such as I-485.",
        ["application.category"] = "The category the application was filed in, such as “EB-2” or “IR-1 spouse of U.S. citizen”.",
        ["application.receipt_number"] = "The number on the receipt notice (Form I-797C): three letters and ten digits, such as EAC-22-123-45678.",
        ["application.filing_date"] = "The day the agency received the application: the received date on the receipt notice. The wait is counted from the day after.",
        ["application.office"] = "The office that has the file now, such as “Houston Field Office”, from the latest notice. Needed when the receipt number's three letters do not show the office.",
        ["application.filing_office"] = "Only when it is not the office above: where the application was filed first, such as “National Benefits Center”.",
        ["application.ead_category"] = "The eligibility category on the I-765, such as (c)(8) or (c)(9). The time limits depend on it.",
        ["application.all_requested_documents_provided"] = "Whether the applicant has given the consulate everything it asked for. “Yes” lets the complaint say nothing is left for the applicant to do; “No” keeps that out, and the review warns that the wait may be blamed on the applicant; “Not known” keeps it out and asks the attorney.",
        ["application.exhibit_label"] = "The letter of the exhibit with the receipt notice, such as A; the facts cite it.",

        ["foia.tracking_number"] = "The number the agency gave the request on its acknowledgment, such as 2026-ICFO-01234.",
        ["foia.component_received_on"] = "The day the office responsible for the records received the request. The 20 working days the agency has to answer run from it.",
        ["foia.designated_component_received_on"] = "Only when the request went first to another office of the agency and was sent on: the day that first office received it.",
        ["foia.fee_waiver.requested_on"] = "The day the request asked for the fees to be waived.",
        ["foia.fee_waiver.decision"] = "What the agency did with the fee waiver. A denied or undecided one becomes its own count.",
        ["foia.fee_waiver.decided_on"] = "The day the agency decided, if it has.",
        ["foia.fee_waiver.exhibit_label"] = "The letter of the exhibit that shows the request or the decision.",
        ["foia.expedited_processing.requested_on"] = "The day the request asked for expedited processing.",
        ["foia.expedited_processing.decision"] = "What the agency did with it. A denied or undecided one becomes its own count.",
        ["foia.expedited_processing.decided_on"] = "The day the agency decided, if it has.",
        ["foia.expedited_processing.exhibit_label"] = "The letter of the exhibit that shows the request or the decision.",
        ["foia.ask_for_withheld_records_index"] = "Ask the court to order a list of the records the agency withholds, with the exemption it claims for each. Worth asking when the agency may withhold records.",

        ["timeline[].date"] = "The day it happened.",
        ["timeline[].kind"] = "What happened.",
        ["timeline[].description"] = "A short sentence for the facts section, such as “All three applicants attended biometrics.”",
        ["timeline[].outcome"] = "What came of it, if anything, such as “no decision; file under review”.",
        ["timeline[].exhibit_label"] = "The letter of the exhibit that shows it, such as C.",

        ["processing_time.posted_months"] = "The processing time the agency posts for this form and office, in months, such as 15.5.",
        ["processing_time.percentile"] = "The share of cases the agency says it finishes within that time, as a percent, such as 80.",
        ["processing_time.posted_text"] = "The posted time in the agency's own words; needed only when it gives no number of months.",
        ["processing_time.checked_on"] = "The day you looked at the agency's processing-times page.",
        ["processing_time.exhibit_label"] = "The letter of the exhibit with the printout of that page.",

        ["visa.category"] = "The visa category, such as F2A or EB-2; for an immediate relative, IR-1.",
        ["visa.chargeability"] = "The country the Visa Bulletin chart is read for, such as Mexico, or “All Chargeability”.",
        ["visa.priority_date"] = "The priority date on the notice.",
        ["visa.final_action_date"] = "The final action date the Visa Bulletin lists for this category and country. Leave it empty when the chart shows “C”.",
        ["visa.is_current"] = "Tick when the Visa Bulletin shows “C” (current) for this category and country.",
        ["visa.checked_on"] = "The day you read the Visa Bulletin.",

        ["harms[].kind"] = "The kind of harm.",
        ["harms[].description"] = "What the wait does to the client, in plain words.",
        ["harms[].petitioner_index"] = "Who suffers it. Leave it empty when it harms every petitioner.",
        ["harms[].exhibit_label"] = "The letter of the exhibit that supports it, such as a declaration.",

        ["exhibits[].label"] = "The exhibit's letter, such as A; other fields cite the exhibit by it.",
        ["exhibits[].title"] = "What the exhibit is, such as “Form I-797C receipt notice”.",

        ["claims"] = "The counts the complaint pleads. Leave them all unticked to plead the usual counts for this case type.",
        ["relief.decide_within_days"] = "How many days the court is asked to give the agency, such as 30.",
        ["relief.declaratory_judgment"] = "Also ask for a declaratory judgment (28 U.S.C. § 2201).",
        ["relief.omit_attorney_fees"] = "Tick to leave out the usual request for costs and attorney's fees.",
        ["relief.determine_matter"] = "Ask the court to decide the naturalization application itself, rather than send it back to USCIS with instructions (which most courts do, and the draft asks for unless this is ticked).",
        ["relief.requests[]"] = "One more thing to ask the court for, as a sentence in your own words; it is added to the prayer after the usual requests.",

        ["duty.description"] = "The duty the agency owes, as words that follow “owes the petitioners the duty”, such as “to adjudicate the Form I-485 within a reasonable time”.",
        ["duty.legal_sources"] = "The laws the complaint cites for the duty. Tick only those the attorney wants; with none ticked, the draft cites all of them. The draft marks any that still need checking.",

        ["officials[].title"] = "The defendant's title as the caption names it, such as “Director, U.S. Citizenship and Immigration Services”.",
        ["officials[].agency"] = "The agency the official serves in.",
        ["officials[].person_name"] = "Only if the attorney wants to name the person who holds the office now.",
        ["officials[].name_as_of"] = "The day you confirmed that this person holds the office.",
        ["officials[].role"] = "The kind of office.",

        ["signer.kind"] = "Whether an attorney signs, or the petitioners sign for themselves (pro se).",
        ["signer.name"] = "The attorney's full name.",
        ["signer.bar_number"] = "The attorney's bar number; many courts' local rules ask for it.",
        ["signer.bar_state"] = "The state or court that gave the bar number.",
        ["signer.firm"] = "The attorney's firm or organization.",
        ["signer.address.lines[]"] = "The attorney's office address, printed under the signature.",
        ["signer.address.city"] = "City or town.",
        ["signer.address.state"] = "Two letters, such as TX.",
        ["signer.address.postal_code"] = "Five digits, or ZIP+4.",
        ["signer.phone"] = "The attorney's telephone number.",
        ["signer.email"] = "The attorney's e-mail address.",
    };

    private static readonly Dictionary<string, string> Intros = new(StringComparer.Ordinal)
    {
        ["petitioners"] = "The people (or the organization) bringing the case, the first-listed first.",
        ["application"] = "The application, petition or request the agency has not decided.",
        ["timeline"] = "What happened after filing: appointments, notices, inquiries. Any order; the draft sorts them by date.",
        ["processing_time"] = "The time the agency posts for processing this kind of case, and when you checked it.",
        ["visa"] = "For family-preference and employment cases: whether a visa is available, as read from the Visa Bulletin.",
        ["harms"] = "How the wait hurts the client. The complaint pleads these to show why the delay matters.",
        ["exhibits"] = "The documents attached to the complaint, in order. Other fields cite them by letter.",
        ["relief"] = "What the complaint asks the court to order.",
        ["officials"] = "The defendants, each by title. Each is sued in the official's official capacity.",
        ["signer"] = "Who signs the complaint. It cannot be drafted for filing without a signer.",
        ["duty"] = "What the agency must do, and the laws that say so.",
        ["foia"] = "The request's own facts: its tracking number and when the office responsible for the records received it.",
        ["foia.fee_waiver"] = "Only if the request asked for the fees to be waived; leave it empty otherwise.",
        ["foia.expedited_processing"] = "Only if the request asked for expedited processing; leave it empty otherwise.",
        ["relief.requests"] = "Anything more to ask the court for, beyond the usual requests.",
    };

    private static readonly Dictionary<Enum, string> Labels = new()
    {
        [PetitionerRole.Applicant] = "Applicant",
        [PetitionerRole.FilingPetitioner] = "Filed a petition for someone else",
        [PetitionerRole.Beneficiary] = "Beneficiary of a petition",
        [PetitionerRole.Derivative] = "Family member included in the application",
        [PetitionerRole.Requester] = "Made the FOIA request",
        [PetitionerRole.Other] = "Other",
        [VenueBasis.PetitionerResidence] = "A petitioner lives in this district",
        [VenueBasis.DefendantResidence] = "A defendant has its office in this district",
        [VenueBasis.EventsOrOmissions] = "Much of what happened took place in this district",
        [VenueBasis.FoiaRecordsOrDistrictOfColumbia] = "FOIA: the records are in this district, or it is D.C.",
        [TimelineEventKind.Biometrics] = "Biometrics appointment",
        [TimelineEventKind.Interview] = "Interview",
        [TimelineEventKind.RfeIssued] = "Request for evidence (or intent to deny) sent",
        [TimelineEventKind.RfeResponse] = "Answer to a request for evidence delivered",
        [TimelineEventKind.Transfer] = "File moved to another office",
        [TimelineEventKind.InquiryToAgency] = "Inquiry to the agency",
        [TimelineEventKind.InquiryToOmbudsman] = "Request to the CIS Ombudsman",
        [TimelineEventKind.InquiryToCongress] = "Inquiry through a member of Congress",
        [TimelineEventKind.ExpediteRequest] = "Request to expedite",
        [TimelineEventKind.AdministrativeProcessingRefusal] = "Visa refused under § 221(g) (administrative processing)",
        [TimelineEventKind.Other] = "Something else",
        [HarmKind.Health] = "Physical or mental health",
        [HarmKind.FamilySeparation] = "Separation from family",
        [HarmKind.Work] = "Work: lost or refused job, or no work permit",
        [HarmKind.Travel] = "Cannot travel",
        [HarmKind.Safety] = "Personal safety",
        [HarmKind.Financial] = "Money lost or spent",
        [HarmKind.Other] = "Something else",
        [SignerKind.Attorney] = "An attorney",
        [SignerKind.ProSe] = "The petitioners themselves (pro se)",
        [FoiaProcessingDecision.Undecided] = "Not decided yet",
        [FoiaProcessingDecision.Denied] = "Denied",
        [FoiaProcessingDecision.Granted] = "Granted",
        [OfficialRole.Agency] = "The agency itself",
        [OfficialRole.SecretaryOfHomelandSecurity] = "Secretary of Homeland Security",
        [OfficialRole.DirectorUscis] = "Director of USCIS",
        [OfficialRole.ServiceCenterDirector] = "Director of a USCIS service center",
        [OfficialRole.NationalBenefitsCenterDirector] = "Director of the National Benefits Center",
        [OfficialRole.FieldOfficeDirector] = "Director of a USCIS field office",
        [OfficialRole.DistrictDirector] = "USCIS district director",
        [OfficialRole.AsylumOfficeDirector] = "Director of a USCIS asylum office",
        [OfficialRole.ImmigrantInvestorProgramChief] = "Chief of the Immigrant Investor Program Office",
        [OfficialRole.AttorneyGeneral] = "Attorney General",
        [OfficialRole.DirectorFbi] = "Director of the FBI",
        [OfficialRole.SecretaryOfState] = "Secretary of State",
        [OfficialRole.ConsularOfficer] = "Consul general or chief of a consular section",
        [OfficialRole.ChiefOfMission] = "Ambassador or deputy chief of mission",
        [OfficialRole.ScreeningAnalysisCoordinationDirector] = "Director of the State Department's Office of Screening, Analysis, and Coordination",
        [OfficialRole.DirectorIce] = "Director of ICE",
        [OfficialRole.IceFieldOfficeDirector] = "ICE field office director (Enforcement and Removal Operations)",
        [OfficialRole.Other] = "Another office",
        [Claim.Apa] = "Unreasonable delay under the Administrative Procedure Act (5 U.S.C. § 706(1), with § 555(b))",
        [Claim.Mandamus] = "Mandamus (28 U.S.C. § 1361)",
        [Claim.DeclaratoryJudgment] = "Declaratory judgment (28 U.S.C. § 2201)",
        [Claim.Naturalization1447b] = "A hearing on a naturalization application undecided 120 days after the interview (8 U.S.C. § 1447(b))",
        [Claim.Foia] = "The Freedom of Information Act's own claim (5 U.S.C. § 552(a)(4)(B))",
    };

    /// <summary>Gets what a field is for.</summary>
    /// <param name="path">The field's path, such as <c>petitioners[2].name</c>.</param>
    /// <returns>The sentence, or an empty string for a field the table does not know (a test keeps that from happening).</returns>
    public static string For(string path) => Fields.TryGetValue(Shape(path), out var text) ? text : string.Empty;

    /// <summary>Gets what a group of fields is for.</summary>
    /// <param name="area">The group's path, such as <c>timeline</c>.</param>
    /// <returns>The sentence, or an empty string.</returns>
    public static string Intro(string area) => Intros.TryGetValue(area, out var text) ? text : string.Empty;

    /// <summary>Gets a choice's label: the table's words, else the member's name as words ("Director uscis" never
    /// shows: every member a choice lists is in the table).</summary>
    /// <param name="value">The enum member.</param>
    /// <returns>The label.</returns>
    public static string Label(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Labels.TryGetValue(value, out var text) ? text : Words(value.ToString());
    }

    /// <summary>Gets whether the table has its own words for a choice.</summary>
    /// <param name="value">The enum member.</param>
    /// <returns><see langword="true"/> when <see cref="Label(Enum)"/> reads from the table.</returns>
    public static bool HasLabel(Enum value) => Labels.ContainsKey(value);

    /// <summary>Gets whether the model declares the property <see langword="required"/>: the petition cannot be read
    /// without it.</summary>
    /// <param name="type">The model type.</param>
    /// <param name="property">The property name.</param>
    /// <returns><see langword="true"/> for a required member.</returns>
    public static bool IsRequired(Type type, string property)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)?.GetCustomAttribute<RequiredMemberAttribute>() is not null;
    }

    /// <summary>Gets a path with its list indexes left out: <c>petitioners[2].residence.lines[0]</c> is
    /// <c>petitioners[].residence.lines[]</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>Its shape.</returns>
    public static string Shape(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Index().Replace(path, "[]");
    }

    // OfficialRole.SecretaryOfHomelandSecurity → "Secretary of homeland security"; the role choices read their words
    // from the catalog's own names where it has them.
    private static string Words(string name)
    {
        var words = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\[[0-9]+\]", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Index();
}
