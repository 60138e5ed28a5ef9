using System.Globalization;
using System.Text.Json;
using PetitionKit.Catalogs;
using PetitionKit.Model;
using PetitionKit.Templates;

namespace PetitionKit.IntakePage.Intake;

/// <summary>The intake's pages in order and the fields each shows for the petition as it stands.</summary>
public static class Steps
{
    /// <summary>The case type page.</summary>
    public static readonly IntakeStep CaseType = new("case-type", "Case type", ["case_type", "agency"]);

    /// <summary>The court page.</summary>
    public static readonly IntakeStep Court = new("court", "Court", ["court"]);

    /// <summary>The petitioners page.</summary>
    public static readonly IntakeStep Petitioners = new("petitioners", "Petitioners", ["petitioners"]);

    /// <summary>The application (or FOIA request) and timeline page.</summary>
    public static readonly IntakeStep Application = new("application", "Application and timeline", ["application", "foia", "timeline"]);

    /// <summary>The delay facts and harms page.</summary>
    public static readonly IntakeStep Delay = new("delay", "Delay facts and harms", ["processing_time", "visa", "harms", "exhibits"]);

    /// <summary>The relief page.</summary>
    public static readonly IntakeStep Relief = new("relief", "Defendants and relief", ["claims", "relief", "officials", "duty"]);

    /// <summary>The signer page.</summary>
    public static readonly IntakeStep Signer = new("signer", "Signer", ["signer"]);

    /// <summary>The review page.</summary>
    public static readonly IntakeStep Review = new("review", "Review and download", []);

    /// <summary>Gets every page in order.</summary>
    public static IReadOnlyList<IntakeStep> All { get; } = [CaseType, Court, Petitioners, Application, Delay, Relief, Signer, Review];

    /// <summary>Finds a page by its id.</summary>
    /// <param name="id">The id, such as <c>court</c>.</param>
    /// <returns>The page, or the first page for an unknown id.</returns>
    public static IntakeStep Find(string? id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal)) ?? CaseType;

    /// <summary>Gets the page's field groups for the petition as it stands (one group per petitioner, event, harm…).</summary>
    /// <param name="step">The page.</param>
    /// <param name="state">The petition.</param>
    /// <param name="courtQuery">What the court search asks for, on the court page.</param>
    /// <returns>The groups.</returns>
    public static IReadOnlyList<Section> Sections(IntakeStep step, PetitionState state, string? courtQuery = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(state);
        var caseType = CaseTypeOf(state);
        return step.Id switch
        {
            "case-type" => [new Section("Agency", [F<Petition>("agency", "Agency that holds the matter", nameof(Petition.Agency))])],
            "court" => CourtSections(state, courtQuery),
            "petitioners" => PetitionerSections(state, caseType),
            "application" => caseType is Model.CaseType.FoiaRecords ? FoiaRequestSections(state) : ApplicationSections(state, caseType),
            "delay" => DelaySections(state, caseType),
            "relief" => ReliefSections(state, caseType),
            "signer" => SignerSections(),
            _ => [],
        };
    }

    /// <summary>Gets the petition's case type, when one is chosen and known.</summary>
    /// <param name="state">The petition.</param>
    /// <returns>The case type, or <see langword="null"/>.</returns>
    public static CaseType? CaseTypeOf(PetitionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var text = state.Text("case_type");
        return Enum.GetValues<CaseType>().Cast<CaseType?>().FirstOrDefault(c => string.Equals(JsonName(c!.Value), text, StringComparison.Ordinal));
    }

    /// <summary>Gets an enum member's name as the petition JSON spells it, such as <c>i485_adjustment_of_status</c>.</summary>
    /// <param name="value">The member.</param>
    /// <returns>The snake_case name.</returns>
    public static string JsonName(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }

    /// <summary>Gets catalog text with each case type's code, such as "the foia_records case type", given by the name
    /// the case-type step shows.</summary>
    /// <param name="text">The catalog's text.</param>
    /// <returns>The text in words, or an empty string for none.</returns>
    public static string InWords(string? text) =>
        CaseTypeCatalog.All.Aggregate(text ?? string.Empty, (words, profile) =>
            words.Replace($"the {JsonName(profile.CaseType)} case type", $"the case type “{profile.DisplayName}”", StringComparison.Ordinal));

    /// <summary>Gets the districts whose name, state or id contains every word of <paramref name="query"/>.</summary>
    /// <param name="query">The words, or nothing for every district.</param>
    /// <returns>The districts, in the catalog's order.</returns>
    public static IReadOnlyList<FederalDistrict> FindDistricts(string? query)
    {
        var words = (query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. FederalDistricts.All.Where(d => words.All(w => SearchText(d).Contains(w, StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Gets the words a district is found by: its name, state, court id and abbreviation. The page's script
    /// matches the same words as the server, so the list narrows alike with or without it.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The words.</returns>
    public static string SearchText(FederalDistrict district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return $"{district.Name} {district.StateName} {district.State} {district.CourtId} {district.Bluebook}";
    }

    /// <summary>Gets a district as a choice, listed under its state.</summary>
    /// <param name="district">The district.</param>
    /// <returns>The choice.</returns>
    public static Choice DistrictChoice(FederalDistrict district)
    {
        ArgumentNullException.ThrowIfNull(district);
        return new Choice(district.CourtId, $"{district.Name} ({district.Bluebook})", district.StateName);
    }

    /// <summary>Gets whether the case type's complaint is drafted with the template that pleads a duty and its sources.</summary>
    /// <param name="caseType">The case type.</param>
    /// <returns><see langword="true"/> when the duty fields reach the draft.</returns>
    public static bool PleadsDuty(CaseType? caseType) =>
        caseType is { } c && string.Equals(BuiltInTemplates.ForCaseType(c), "uscis-delay", StringComparison.Ordinal);

    private static List<Section> CourtSections(PetitionState state, string? query)
    {
        var chosen = state.Text("court.court_id");
        var districts = FindDistricts(query);
        if (chosen is not null && FederalDistricts.Find(chosen) is { } current && !districts.Contains(current))
        {
            districts = [current, .. districts];
        }

        var court = F<Model.Court>("court.court_id", "District court", nameof(Model.Court.CourtId), FieldKind.Choice) with
        {
            Choices = [.. districts.Select(DistrictChoice)],
            Note = CourtNote(query, districts.Count),
        };
        var fields = new List<Field> { court };
        if (chosen is not null && FederalDistricts.Find(chosen) is { Divisions.Count: > 0 } district)
        {
            fields.Add(F<Model.Court>("court.division", "Division", nameof(Model.Court.Division), FieldKind.Choice) with
            {
                Required = true,
                Choices = [.. district.Divisions.Select(d => new Choice(d, d))],
                Note = $"The {district.Name} sits in {district.Divisions.Count} divisions; choose the one the case belongs in.",
            });
        }
        else if (chosen is not null)
        {
            fields.Add(F<Model.Court>("court.division", "Division", nameof(Model.Court.Division)) with
            {
                Note = "This district has no divisions in PetitionKit's list; enter one only if the court's local rules use them.",
            });
        }

        fields.Add(F<Model.Court>("court.venue_basis", "Why this court (venue)", nameof(Model.Court.VenueBasis), FieldKind.Choice) with { Choices = EnumChoices<VenueBasis>() });
        fields.Add(F<Model.Court>("court.case_number", "Case number", nameof(Model.Court.CaseNumber)) with { Note = "Leave it empty before filing." });
        return [new Section("Court", fields)];
    }

    /// <summary>Gets the sentence under the district list that says how many districts it shows.</summary>
    /// <param name="query">The search words.</param>
    /// <param name="count">How many districts match.</param>
    /// <returns>The sentence.</returns>
    public static string CourtNote(string? query, int count) => string.IsNullOrWhiteSpace(query)
        ? $"All {FederalDistricts.All.Count} districts are listed."
        : string.Create(CultureInfo.InvariantCulture, $"{count} of {FederalDistricts.All.Count} districts match “{query}”.");

    private static List<Section> PetitionerSections(PetitionState state, CaseType? caseType)
    {
        var count = Math.Max(1, state.Count("petitioners"));
        var foia = caseType is Model.CaseType.FoiaRecords;
        var districts = FederalDistricts.All.Select(DistrictChoice).ToList();
        var sections = new List<Section>();
        for (var i = 0; i < count; i++)
        {
            var p = $"petitioners[{i}]";
            var organization = state.Has($"{p}.organization");
            var fields = organization ? OrganizationFields(p) : PersonFields(p);
            fields.Add(F<Petitioner>($"{p}.residence_district", "Federal district of residence", nameof(Petitioner.ResidenceDistrict), FieldKind.Choice) with { Choices = districts });
            if (!organization)
            {
                fields.Add(F<Petitioner>($"{p}.phone", "Telephone", nameof(Petitioner.Phone)));
                fields.Add(F<Petitioner>($"{p}.email", "E-mail", nameof(Petitioner.Email)));
            }

            var title = organization ? $"Petitioner {i + 1} (an organization)" : $"Petitioner {i + 1}";
            sections.Add(new Section(title, fields)
            {
                ItemPath = count > 1 ? p : null,
                Intro = i == 0 ? FieldHelp.Intro("petitioners") : null,
                AddTo = i == count - 1 ? "petitioners" : null,
                AddLabel = "Add a petitioner",
                // An organization brings a FOIA suit; the other case types are brought by the people waiting.
                Toggle = foia || organization
                    ? organization
                        ? new Choice($"person:{p}", $"Petitioner {i + 1} is a person, not an organization")
                        : new Choice($"organization:{p}", $"Petitioner {i + 1} is an organization")
                    : null,
            });
        }

        return sections;
    }

    private static List<Field> PersonFields(string p) =>
    [
        F<Petitioner>($"{p}.name", "Full legal name", nameof(Petitioner.Name)),
        F<Petitioner>($"{p}.role", "Part in the case", nameof(Petitioner.Role), FieldKind.Choice) with { Choices = EnumChoices<PetitionerRole>() },
        F<Petitioner>($"{p}.status", "Status or citizenship", nameof(Petitioner.Status)),
        F<Petitioner>($"{p}.date_of_birth", "Date of birth", nameof(Petitioner.DateOfBirth), FieldKind.Date),
        F<Petitioner>($"{p}.a_number", "A-number", nameof(Petitioner.ANumber)),
        F<Petitioner>($"{p}.receipt_number", "Receipt number of this person's own application", nameof(Petitioner.ReceiptNumber)),
        F<Petitioner>($"{p}.is_minor", "This petitioner is a minor", nameof(Petitioner.IsMinor), FieldKind.Check),
        F<NextFriend>($"{p}.next_friend.name", "Next friend's name", nameof(NextFriend.Name)) with { Required = false, Note = "Only for a minor." },
        F<NextFriend>($"{p}.next_friend.relationship", "Next friend's relationship to the minor", nameof(NextFriend.Relationship)) with { Note = "Only for a minor." },
        F<Petitioner>($"{p}.pseudonym", "Name to use in the filing instead (pseudonym)", nameof(Petitioner.Pseudonym)),
        F<PostalAddress>($"{p}.residence.lines[0]", "Street address", nameof(PostalAddress.Lines)),
        F<PostalAddress>($"{p}.residence.city", "City", nameof(PostalAddress.City)),
        F<PostalAddress>($"{p}.residence.county", "County", nameof(PostalAddress.County)),
        F<PostalAddress>($"{p}.residence.state", "State", nameof(PostalAddress.State)),
        F<PostalAddress>($"{p}.residence.postal_code", "ZIP code", nameof(PostalAddress.PostalCode)),
    ];

    private static List<Field> OrganizationFields(string p)
    {
        var o = $"{p}.organization";
        var a = $"{o}.principal_place_of_business";
        return
        [
            F<Petitioner>($"{p}.name", "Organization's full name", nameof(Petitioner.Name)) with { Help = "The organization's full legal name." },
            F<Petitioner>($"{p}.role", "Part in the case", nameof(Petitioner.Role), FieldKind.Choice) with { Choices = EnumChoices<PetitionerRole>() },
            F<Organization>($"{o}.mission", "Its mission", nameof(Organization.Mission)),
            F<Organization>($"{o}.interest_in_records", "Why it wants the records", nameof(Organization.InterestInRecords), FieldKind.LongText),
            F<PostalAddress>($"{a}.lines[0]", "Main office: street address", nameof(PostalAddress.Lines)) with { Above = a, Note = "The main office's address is needed." },
            F<PostalAddress>($"{a}.city", "City", nameof(PostalAddress.City)),
            F<PostalAddress>($"{a}.county", "County", nameof(PostalAddress.County)),
            F<PostalAddress>($"{a}.state", "State", nameof(PostalAddress.State)),
            F<PostalAddress>($"{a}.postal_code", "ZIP code", nameof(PostalAddress.PostalCode)),
        ];
    }

    private static List<Section> ApplicationSections(PetitionState state, CaseType? caseType)
    {
        var fields = new List<Field>
        {
            F<ApplicationDetails>("application.form", "Form", nameof(ApplicationDetails.Form)),
            F<ApplicationDetails>("application.category", "Category", nameof(ApplicationDetails.Category)),
            F<ApplicationDetails>("application.receipt_number", "Receipt number", nameof(ApplicationDetails.ReceiptNumber)),
            F<ApplicationDetails>("application.filing_date", "Filing date", nameof(ApplicationDetails.FilingDate), FieldKind.Date),
            F<ApplicationDetails>("application.office", "Office that holds the file now", nameof(ApplicationDetails.Office)),
            F<ApplicationDetails>("application.filing_office", "Office it was filed with", nameof(ApplicationDetails.FilingOffice)),
        };
        if (caseType is Model.CaseType.I765EmploymentAuthorization)
        {
            fields.Add(F<ApplicationDetails>("application.ead_category", "Eligibility category", nameof(ApplicationDetails.EadCategory)));
        }

        if (caseType is Model.CaseType.Ds260AdministrativeProcessing or Model.CaseType.I129FFianceePetition)
        {
            fields.Add(F<ApplicationDetails>("application.all_requested_documents_provided", "Every requested document provided", nameof(ApplicationDetails.AllRequestedDocumentsProvided), FieldKind.YesNo));
        }

        fields.Add(F<ApplicationDetails>("application.exhibit_label", "Exhibit with the receipt notice", nameof(ApplicationDetails.ExhibitLabel)));
        var sections = new List<Section> { new("The application", fields) { Intro = FieldHelp.Intro("application") } };
        sections.AddRange(TimelineSections(state));
        return sections;
    }

    // A FOIA case's "application" is the request: the same fields under the request's own names, then the request's
    // own facts (tracking number, receipt by the component, fee waiver, expedited processing).
    private static List<Section> FoiaRequestSections(PetitionState state)
    {
        var request = new Section("The FOIA request",
        [
            F<ApplicationDetails>("application.form", "Kind of request", nameof(ApplicationDetails.Form)) with { Help = "“FOIA request”, as the complaint names it." },
            F<ApplicationDetails>("application.category", "Records requested", nameof(ApplicationDetails.Category), FieldKind.LongText) with
            {
                Required = true,
                Help = "The records asked for, as words the complaint can use after “requested”, such as “Mr. Mensah's complete alien file (A-file)”.",
            },
            F<ApplicationDetails>("application.filing_date", "Date of the request", nameof(ApplicationDetails.FilingDate), FieldKind.Date) with { Help = "The day the request was sent." },
            F<ApplicationDetails>("application.office", "FOIA office handling it", nameof(ApplicationDetails.Office)) with { Help = "The office that handles the request, such as “the ICE FOIA Office”." },
            F<FoiaRequest>("foia.tracking_number", "Tracking number", nameof(FoiaRequest.TrackingNumber)),
            F<FoiaRequest>("foia.component_received_on", "Received by the office responsible", nameof(FoiaRequest.ComponentReceivedOn), FieldKind.Date),
            F<FoiaRequest>("foia.designated_component_received_on", "First received by another office", nameof(FoiaRequest.DesignatedComponentReceivedOn), FieldKind.Date),
            F<ApplicationDetails>("application.exhibit_label", "Exhibit with the request", nameof(ApplicationDetails.ExhibitLabel)) with { Help = "The letter of the exhibit with the request, such as A; the facts cite it." },
        ])
        { Intro = FieldHelp.Intro("foia") };
        var sections = new List<Section>
        {
            request,
            ProcessingRequest("foia.fee_waiver", "Fee waiver"),
            ProcessingRequest("foia.expedited_processing", "Expedited processing"),
        };
        sections.AddRange(TimelineSections(state));
        return sections;
    }

    private static Section ProcessingRequest(string path, string title) => new(title,
    [
        F<FoiaProcessingRequest>($"{path}.requested_on", "Asked for on", nameof(FoiaProcessingRequest.RequestedOn), FieldKind.Date) with { Required = false },
        F<FoiaProcessingRequest>($"{path}.decision", "Agency's decision", nameof(FoiaProcessingRequest.Decision), FieldKind.Choice) with { Choices = EnumChoices<FoiaProcessingDecision>() },
        F<FoiaProcessingRequest>($"{path}.decided_on", "Decided on", nameof(FoiaProcessingRequest.DecidedOn), FieldKind.Date),
        F<FoiaProcessingRequest>($"{path}.exhibit_label", "Exhibit", nameof(FoiaProcessingRequest.ExhibitLabel)),
    ])
    { Intro = FieldHelp.Intro(path) };

    private static List<Section> TimelineSections(PetitionState state) =>
        Items(state, "timeline", "Event", "Add an event", FieldHelp.Intro("timeline"), p =>
        [
            F<TimelineEvent>($"{p}.date", "Date", nameof(TimelineEvent.Date), FieldKind.Date),
            F<TimelineEvent>($"{p}.kind", "What happened", nameof(TimelineEvent.Kind), FieldKind.Choice) with { Choices = EnumChoices<TimelineEventKind>() },
            F<TimelineEvent>($"{p}.description", "Description", nameof(TimelineEvent.Description), FieldKind.LongText),
            F<TimelineEvent>($"{p}.outcome", "Outcome", nameof(TimelineEvent.Outcome)),
            F<TimelineEvent>($"{p}.exhibit_label", "Exhibit", nameof(TimelineEvent.ExhibitLabel)),
        ]);

    private static List<Section> DelaySections(PetitionState state, CaseType? caseType)
    {
        var sections = new List<Section>();
        // A FOIA suit counts the statute's 20 working days, not a posted processing time.
        if (caseType is not Model.CaseType.FoiaRecords)
        {
            sections.Add(new Section("Posted processing time",
            [
                F<ProcessingTime>("processing_time.posted_months", "Posted time, in months", nameof(ProcessingTime.PostedMonths), FieldKind.Number),
                F<ProcessingTime>("processing_time.percentile", "Percentile", nameof(ProcessingTime.Percentile), FieldKind.Number),
                F<ProcessingTime>("processing_time.posted_text", "Posted text, as shown", nameof(ProcessingTime.PostedText)),
                F<ProcessingTime>("processing_time.checked_on", "Checked on", nameof(ProcessingTime.CheckedOn), FieldKind.Date) with { Required = false, Note = "Needed once any processing time is given." },
                F<ProcessingTime>("processing_time.exhibit_label", "Exhibit", nameof(ProcessingTime.ExhibitLabel)),
            ]) { Intro = FieldHelp.Intro("processing_time") });
        }

        if (caseType is Model.CaseType.I485AdjustmentOfStatus or Model.CaseType.I130PetitionForAlienRelative or Model.CaseType.Ds260AdministrativeProcessing or Model.CaseType.I526I829Eb5)
        {
            sections.Add(new Section("Visa Bulletin",
            [
                F<VisaAvailability>("visa.category", "Category", nameof(VisaAvailability.Category)) with { Required = false, Note = "For a preference or employment case." },
                F<VisaAvailability>("visa.chargeability", "Chargeability", nameof(VisaAvailability.Chargeability)),
                F<VisaAvailability>("visa.priority_date", "Priority date", nameof(VisaAvailability.PriorityDate), FieldKind.Date),
                F<VisaAvailability>("visa.final_action_date", "Final action date", nameof(VisaAvailability.FinalActionDate), FieldKind.Date),
                F<VisaAvailability>("visa.is_current", "The category is current", nameof(VisaAvailability.IsCurrent), FieldKind.Check),
                F<VisaAvailability>("visa.checked_on", "Checked on", nameof(VisaAvailability.CheckedOn), FieldKind.Date),
            ]) { Intro = FieldHelp.Intro("visa") });
        }

        var petitioners = Enumerable.Range(0, state.Count("petitioners"))
            .Select(i => new Choice(i.ToString(CultureInfo.InvariantCulture), state.Text($"petitioners[{i}].name") ?? $"Petitioner {i + 1}")).ToList();
        sections.AddRange(Items(state, "harms", "Harm", "Add a harm", FieldHelp.Intro("harms"), p =>
        [
            F<Harm>($"{p}.kind", "Kind of harm", nameof(Harm.Kind), FieldKind.Choice) with { Choices = EnumChoices<HarmKind>() },
            F<Harm>($"{p}.description", "What the delay does", nameof(Harm.Description), FieldKind.LongText),
            F<Harm>($"{p}.petitioner_index", "Who suffers it", nameof(Harm.PetitionerIndex), FieldKind.Choice) with { Choices = petitioners, NumericChoice = true },
            F<Harm>($"{p}.exhibit_label", "Exhibit", nameof(Harm.ExhibitLabel)),
        ]));
        sections.AddRange(Items(state, "exhibits", "Exhibit", "Add an exhibit", FieldHelp.Intro("exhibits"), p =>
        [
            F<Exhibit>($"{p}.label", "Letter", nameof(Exhibit.Label)),
            F<Exhibit>($"{p}.title", "What it is", nameof(Exhibit.Title)),
        ]));
        return sections;
    }

    private static List<Section> ReliefSections(PetitionState state, CaseType? caseType)
    {
        var profile = caseType is { } c ? CaseTypeCatalog.Get(c) : null;
        var foia = caseType is Model.CaseType.FoiaRecords;
        var relief = new List<Field>
        {
            F<Petition>("claims", "Counts to plead", nameof(Petition.Claims), FieldKind.Many) with { Choices = [.. (profile?.Claims ?? []).Select(x => new Choice(JsonName(x), FieldHelp.Label(x)))] },
            F<ReliefRequest>("relief.decide_within_days", foia ? "Ask the court to order a determination within (days)" : "Ask the court to order a decision within (days)", nameof(ReliefRequest.DecideWithinDays), FieldKind.Number),
        };
        if (foia)
        {
            relief.Add(F<FoiaRequest>("foia.ask_for_withheld_records_index", "Ask for an index of the records withheld", nameof(FoiaRequest.AskForWithheldRecordsIndex), FieldKind.Check));
        }
        else
        {
            relief.Add(F<ReliefRequest>("relief.declaratory_judgment", "Ask for a declaratory judgment", nameof(ReliefRequest.DeclaratoryJudgment), FieldKind.Check));
        }

        relief.Add(F<ReliefRequest>("relief.omit_attorney_fees", "Leave out attorney's fees", nameof(ReliefRequest.OmitAttorneyFees), FieldKind.Check));
        if (caseType is Model.CaseType.N400PostInterview1447b)
        {
            relief.Add(F<ReliefRequest>("relief.determine_matter", "Ask the court to decide the application itself", nameof(ReliefRequest.DetermineMatter), FieldKind.Check));
        }

        var sections = new List<Section> { new("Counts and relief", relief) { Intro = FieldHelp.Intro("relief") } };
        sections.AddRange(Items(state, "relief.requests", "Further request", "Add a request to the prayer", FieldHelp.Intro("relief.requests"), p =>
            [new Field(p, "What to ask for", FieldKind.LongText, FieldHelp.For(p), Required: false)]));

        if (PleadsDuty(caseType))
        {
            sections.Add(new Section("The duty owed",
            [
                F<DutyOwed>("duty.description", "The duty, in words", nameof(DutyOwed.Description)),
                F<DutyOwed>("duty.legal_sources", "Laws that create it", nameof(DutyOwed.LegalSources), FieldKind.Many) with { Choices = DutyChoices(state, profile) },
            ]) { Intro = FieldHelp.Intro("duty") });
        }

        sections.AddRange(Items(state, "officials", "Defendant", "Add a defendant", FieldHelp.Intro("officials"), p =>
        [
            F<Official>($"{p}.title", "Title", nameof(Official.Title)) with { Note = Defendants.WhenToName(state, p, profile) },
            F<Official>($"{p}.agency", "Agency", nameof(Official.Agency)),
            F<Official>($"{p}.role", "Kind of office", nameof(Official.Role), FieldKind.Choice) with { Choices = EnumChoices<OfficialRole>() },
            .. OfficeholderFields(state, p),
        ]));
        return sections;
    }

    // An agency is named without a person; an official may be named by the person holding the office.
    private static List<Field> OfficeholderFields(PetitionState state, string p) =>
        string.Equals(state.Text($"{p}.role"), "agency", StringComparison.Ordinal) && state.Text($"{p}.person_name") is null
            ? []
            :
            [
                F<Official>($"{p}.person_name", "Officeholder's name", nameof(Official.PersonName)),
                F<Official>($"{p}.name_as_of", "Name checked on", nameof(Official.NameAsOf), FieldKind.Date) with { Note = "Needed once a name is given." },
            ];

    // The case type's usual sources, and any other the petition already cites (an uploaded file), each by its citation.
    private static List<Choice> DutyChoices(PetitionState state, CaseTypeProfile? profile) =>
        [.. (profile?.DutySourceIds ?? []).Concat(state.Strings("duty.legal_sources")).Distinct(StringComparer.Ordinal)
            .Select(id => new Choice(id, AuthorityCatalog.Find(id) is { } a ? a.Citation + (a.Verification == VerificationStatus.Verified ? string.Empty : " (not verified)") : id))];

    private static List<Section> SignerSections() =>
    [
        new("Who signs", [
            F<Model.Signer>("signer.kind", "Who signs", nameof(Model.Signer.Kind), FieldKind.Choice) with { Required = false, Choices = EnumChoices<SignerKind>() },
            F<Model.Signer>("signer.name", "Attorney's name", nameof(Model.Signer.Name)),
            F<Model.Signer>("signer.bar_number", "Bar number", nameof(Model.Signer.BarNumber)),
            F<Model.Signer>("signer.bar_state", "Bar state", nameof(Model.Signer.BarState)),
            F<Model.Signer>("signer.firm", "Firm or organization", nameof(Model.Signer.Firm)),
            F<PostalAddress>("signer.address.lines[0]", "Street address", nameof(PostalAddress.Lines)),
            F<PostalAddress>("signer.address.city", "City", nameof(PostalAddress.City)),
            F<PostalAddress>("signer.address.state", "State", nameof(PostalAddress.State)),
            F<PostalAddress>("signer.address.postal_code", "ZIP code", nameof(PostalAddress.PostalCode)),
            F<Model.Signer>("signer.phone", "Telephone", nameof(Model.Signer.Phone)),
            F<Model.Signer>("signer.email", "E-mail", nameof(Model.Signer.Email)),
        ]) { Intro = FieldHelp.Intro("signer") },
    ];

    private static List<Section> Items(PetitionState state, string list, string itemTitle, string addLabel, string intro, Func<string, IReadOnlyList<Field>> fields)
    {
        var count = state.Count(list);
        if (count == 0)
        {
            return [new Section(itemTitle + "s", []) { Intro = intro, AddTo = list, AddLabel = addLabel }];
        }

        return [.. Enumerable.Range(0, count).Select(i => new Section(string.Create(CultureInfo.InvariantCulture, $"{itemTitle} {i + 1}"), fields($"{list}[{i}]"))
        {
            Intro = i == 0 ? intro : null,
            ItemPath = $"{list}[{i}]",
            AddTo = i == count - 1 ? list : null,
            AddLabel = addLabel,
        })];
    }

    private static Field F<T>(string path, string label, string property, FieldKind kind = FieldKind.Text) =>
        new(path, label, kind, FieldHelp.For(path), FieldHelp.IsRequired(typeof(T), property));

    private static List<Choice> EnumChoices<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => new Choice(JsonName(v), FieldHelp.Label(v)))];
}
