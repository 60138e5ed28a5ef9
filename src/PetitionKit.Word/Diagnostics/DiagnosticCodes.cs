
namespace PetitionKit.Word.Diagnostics;

/// <summary>Every diagnostic code PetitionKit reports, petition, template and render alike: the one table. Codes are
/// stable and never reused for another meaning; <c>docs/diagnostics.md</c> lists each, and a test keeps that list and
/// this table the same. An app compares a <see cref="Diagnostic.Code"/> with these names rather than with the literal
/// codes.</summary>
public static class DiagnosticCodes
{
    // PK1xxx: a petition: its JSON, its facts, and what a template may plead from it.
    /// <summary>PK1000: The petition file is not well-formed JSON (with line and position), such as nesting past the reader's 64 levels.</summary>
    public const string JsonMalformed = "PK1000";
    /// <summary>PK1001: A value of the wrong type: a string where <c>true</c>/<c>false</c> belongs, a date that does not exist, a word where a number belongs.</summary>
    public const string JsonWrongType = "PK1001";
    /// <summary>PK1002: A property the petition model does not have.</summary>
    public const string JsonUnknownProperty = "PK1002";
    /// <summary>PK1003: A required property is missing.</summary>
    public const string JsonMissingRequired = "PK1003";
    /// <summary>PK1004: A property named twice in one object (a reader would keep only the last value).</summary>
    public const string JsonDuplicateProperty = "PK1004";

    /// <summary>PK1010: A receipt number that is not three letters and ten digits.</summary>
    public const string ReceiptMalformed = "PK1010";
    /// <summary>PK1011: Warning: a receipt number holding an asterisk: check it against the receipt notice.</summary>
    public const string ReceiptAsterisk = "PK1011";
    /// <summary>PK1012: Warning: a receipt number whose prefix identifies no office PetitionKit knows (at <c>application.office</c>).</summary>
    public const string ReceiptOfficeUnknown = "PK1012";
    /// <summary>PK1013: A malformed A-number.</summary>
    public const string ANumberMalformed = "PK1013";
    /// <summary>PK1014: A malformed Social Security number.</summary>
    public const string SsnMalformed = "PK1014";

    /// <summary>PK1020: A date after the as-of date.</summary>
    public const string DateAfterAsOf = "PK1020";
    /// <summary>PK1021: A timeline event dated before the filing date.</summary>
    public const string EventBeforeFiling = "PK1021";
    /// <summary>PK1022: A response dated before its request.</summary>
    public const string RfeResponseBeforeRfe = "PK1022";
    /// <summary>PK1023: A date of birth after the filing date.</summary>
    public const string BirthAfterFiling = "PK1023";
    /// <summary>PK1024: A date (or the as-of date, at path <c>as_of</c>) outside 1900-01-01 through 2199-12-31.</summary>
    public const string DateOutOfRange = "PK1024";
    /// <summary>PK1025: A number outside its field's range.</summary>
    public const string NumberOutOfRange = "PK1025";

    /// <summary>PK1030: § 1447(b): no interview recorded.</summary>
    public const string NaturalizationNoInterview = "PK1030";
    /// <summary>PK1031: § 1447(b): not ripe (day 120 after the interview or earlier).</summary>
    public const string NaturalizationNotRipe = "PK1031";
    /// <summary>PK1032: § 1447(b): the court is not the district where the applicant lives.</summary>
    public const string NaturalizationWrongDistrict = "PK1032";

    /// <summary>PK1040: A court the catalog does not know.</summary>
    public const string CourtUnknown = "PK1040";
    /// <summary>PK1041: No petitioner resides in the district chosen for venue.</summary>
    public const string VenueNoResident = "PK1041";
    /// <summary>PK1042: Warning: the district of residence cannot be determined.</summary>
    public const string VenueResidenceUndetermined = "PK1042";
    /// <summary>PK1045: The FOIA venue basis chosen for a case that is not a FOIA suit.</summary>
    public const string VenueFoiaBasisNotFoia = "PK1045";

    /// <summary>PK1050: Relief or the duty description asks to approve, grant or issue a benefit (FOIA fee waiver, expedited processing and records excepted; not checked for § 1447(b)).</summary>
    public const string ReliefAsksForOutcome = "PK1050";

    /// <summary>PK1060: A FOIA case with a mandamus count.</summary>
    public const string FoiaWithMandamus = "PK1060";
    /// <summary>PK1061: FOIA: an official (by role, title or person's name) named as defendant instead of the agency.</summary>
    public const string FoiaDefendantNotAgency = "PK1061";
    /// <summary>PK1062: Warning: FOIA: a tracking number in <c>application.receipt_number</c>.</summary>
    public const string FoiaReceiptNumberField = "PK1062";
    /// <summary>PK1063: FOIA: a fee-waiver or expedite decision before its request, or a decision date without a decision.</summary>
    public const string FoiaDecisionBeforeRequest = "PK1063";
    /// <summary>PK1064: Warning: an organization signing pro se.</summary>
    public const string OrganizationProSe = "PK1064";
    /// <summary>PK1066: Warning: <c>foia</c> facts on a case that is not a FOIA suit.</summary>
    public const string FoiaFactsOutsideFoia = "PK1066";
    /// <summary>PK1065: A count the case type does not plead.</summary>
    public const string ClaimNotForCaseType = "PK1065";
    /// <summary>PK1067: A declaratory-judgment count with no count it rests on.</summary>
    public const string DeclaratoryCountAlone = "PK1067";

    /// <summary>PK1070: A person named as an official without the date the name was checked as the current officeholder.</summary>
    public const string OfficialNameWithoutDate = "PK1070";
    /// <summary>PK1071: Warning: an official's name checked long before the draft: confirm the current officeholder.</summary>
    public const string OfficialNameStale = "PK1071";
    /// <summary>PK1072: The U.S. Attorney named as a defendant.</summary>
    public const string UsAttorneyNamed = "PK1072";

    /// <summary>PK1080: An authority the catalog denies, as a legal source or in any free-text field.</summary>
    public const string AuthorityDenied = "PK1080";
    /// <summary>PK1081: Warning: an authority the catalog has not verified.</summary>
    public const string AuthorityNotVerified = "PK1081";
    /// <summary>PK1082: An authority not in the catalog.</summary>
    public const string AuthorityUnknown = "PK1082";

    /// <summary>PK1090: No signer.</summary>
    public const string SignerMissing = "PK1090";
    /// <summary>PK1091: The signature block lacks a contact detail.</summary>
    public const string SignerContactMissing = "PK1091";
    /// <summary>PK1092: Warning: the attorney signer's bar number is missing.</summary>
    public const string SignerBarNumberMissing = "PK1092";
    /// <summary>PK1093: A petitioner who signs without an attorney lacks a contact detail.</summary>
    public const string ProSeContactMissing = "PK1093";

    /// <summary>PK1100: Mandamus does not fit the case type (the message says why and names the route the catalog gives).</summary>
    public const string MandamusDoesNotFit = "PK1100";
    /// <summary>PK1101: No case type.</summary>
    public const string CaseTypeMissing = "PK1101";

    /// <summary>PK1110: No petitioners.</summary>
    public const string NoPetitioners = "PK1110";
    /// <summary>PK1111: A harm naming a petitioner the petition does not have.</summary>
    public const string HarmPetitionerOutOfRange = "PK1111";
    /// <summary>PK1112: A reference to an exhibit label that no exhibit has.</summary>
    public const string ExhibitLabelUnknown = "PK1112";
    /// <summary>PK1113: Two exhibits with one label.</summary>
    public const string ExhibitLabelDuplicate = "PK1113";

    /// <summary>PK1120: An I-765 without its eligibility category (<c>application.ead_category</c>, such as (c)(8)).</summary>
    public const string EadCategoryMissing = "PK1120";
    /// <summary>PK1121: A malformed I-765 eligibility category.</summary>
    public const string EadCategoryMalformed = "PK1121";
    /// <summary>PK1122: Warning: an eligibility category on a case type that is not an I-765.</summary>
    public const string EadCategoryNotAnEad = "PK1122";
    /// <summary>PK1123: Warning: a consular delay with no § 221(g) refusal recorded.</summary>
    public const string RefusalNotRecorded = "PK1123";
    /// <summary>PK1124: Warning: a duty source whose clock covers other categories only.</summary>
    public const string ClockAuthorityOutsideCategory = "PK1124";
    /// <summary>PK1150: Warning: a full SSN typed into free text (the draft masks it).</summary>
    public const string FreeTextSsn = "PK1150";
    /// <summary>PK1151: Warning: a full date of birth typed into free text (the draft keeps the year).</summary>
    public const string FreeTextDateOfBirth = "PK1151";
    /// <summary>PK1152: Warning: a minor's full name typed into free text (the draft uses initials or the pseudonym).</summary>
    public const string FreeTextMinorName = "PK1152";
    /// <summary>PK1153: Warning: an A-number typed into free text (the draft masks it).</summary>
    public const string FreeTextANumber = "PK1153";
    /// <summary>PK1154: Warning: a bidirectional control character (U+202A–U+202E, U+2066–U+2069) in a string.</summary>
    public const string BidiControlCharacter = "PK1154";
    /// <summary>PK1155: Warning: a zero-width character (U+200B–U+200D, U+2060, U+FEFF) in a string.</summary>
    public const string ZeroWidthCharacter = "PK1155";

    /// <summary>PK1160: A minor without a next friend or guardian.</summary>
    public const string MinorWithoutNextFriend = "PK1160";
    /// <summary>PK1161: A minor who would sign pro se.</summary>
    public const string MinorSignsProSe = "PK1161";
    /// <summary>PK1162: A next friend's <c>petitioner_index</c> that is the minor, another minor or no petitioner.</summary>
    public const string NextFriendIndexInvalid = "PK1162";

    /// <summary>PK1170: Warning: the case is still within the posted processing time.</summary>
    public const string WithinPostedTime = "PK1170";
    /// <summary>PK1171: Warning: a preference, employment or investor case without the Visa Bulletin facts.</summary>
    public const string VisaFactsMissing = "PK1171";
    /// <summary>PK1172: Warning: no visa is available (the priority date is not earlier than the final action date).</summary>
    public const string VisaNotAvailable = "PK1172";
    /// <summary>PK1173: Warning: the catalog rates the circuit's risk for the case type high or elevated.</summary>
    public const string CircuitRisk = "PK1173";
    /// <summary>PK1174: Warning: a FOIA request's 20 working days have not run.</summary>
    public const string FoiaClockNotRun = "PK1174";
    /// <summary>PK1175: A petition other than FOIA that names no official.</summary>
    public const string NoDefendant = "PK1175";
    /// <summary>PK1176: A built-in template that does not plead the petition's case type (at <c>case_type</c>).</summary>
    public const string TemplateDoesNotFit = "PK1176";
    /// <summary>PK1177: Warning: a DS-260 or K-1 petition whose applicant still owes documents the consular post asked for.</summary>
    public const string RequestedDocumentsOutstanding = "PK1177";
    /// <summary>PK1178: Warning: the filing petitioner's status (U.S. citizen or permanent resident) and the family category (IR, CR, F1, F3, F4 or F2A, F2B) name different filers.</summary>
    public const string CategoryDoesNotFitFiler = "PK1178";
    /// <summary>PK1179: No built-in template drafts the petition's case type (at <c>case_type</c>); the intake API sample answers with it.</summary>
    public const string NoBuiltInTemplate = "PK1179";

    // PK2xxx: template load and syntax.
    /// <summary>PK2001: Not a Word package (neither .docx nor Flat OPC), or unreadable.</summary>
    public const string NotAPackage = "PK2001";
    /// <summary>PK2002: Package too large, too many parts, or a zip bomb.</summary>
    public const string PackageTooLarge = "PK2002";
    /// <summary>PK2003: A required part (main document, content types, relationships) is missing, or the main document has no content type.</summary>
    public const string MissingPart = "PK2003";
    /// <summary>PK2004: A part declares a DTD (any part that is XML, whether or not the engine parses it).</summary>
    public const string DtdNotAllowed = "PK2004";
    /// <summary>PK2005: A part's XML is malformed.</summary>
    public const string MalformedXml = "PK2005";
    /// <summary>PK2006: Elements nested deeper than <c>TemplateLoadLimits.MaxXmlDepth</c>.</summary>
    public const string NestingTooDeep = "PK2006";
    /// <summary>PK2007: Loading took longer than <c>TemplateLoadLimits.Timeout</c>.</summary>
    public const string LoadTimeLimit = "PK2007";
    /// <summary>PK2008: A zip entry name that is not a part name (absolute, <c>..</c>, drive, backslash).</summary>
    public const string UnsafePartName = "PK2008";
    /// <summary>PK2010: A tag opens with <c>{{</c> and never closes in its paragraph.</summary>
    public const string UnclosedTag = "PK2010";
    /// <summary>PK2011: A tag's code is not valid (or a reserved word stands alone where data was meant: <c>{{ case }}</c>).</summary>
    public const string SyntaxError = "PK2011";
    /// <summary>PK2012: An <c>end</c> that closes nothing.</summary>
    public const string UnbalancedEnd = "PK2012";
    /// <summary>PK2013: A block with no <c>end</c>.</summary>
    public const string MissingEnd = "PK2013";
    /// <summary>PK2014: A block straddling incompatible structure, naming both ends.</summary>
    public const string StraddlingBlock = "PK2014";
    /// <summary>PK2015: A tracked change whose accepted result would be ambiguous (a deleted cell or cell merge; a deleted paragraph mark before a table, at a cell's end or ending a section): accept or reject it in Word.</summary>
    public const string TrackedStructuralChange = "PK2015";
    /// <summary>PK2017: <c>else</c>/<c>when</c> outside any block.</summary>
    public const string ElseOutsideIf = "PK2017";
    /// <summary>PK2018: A tag that cannot be used where it is: a block in document properties, <c>tablerow</c> (it writes HTML), a function whose body holds paragraphs called inside a paragraph's text.</summary>
    public const string UnsupportedTag = "PK2018";
    /// <summary>PK2019: Warning: tracked changes were accepted.</summary>
    public const string TrackedChangesAccepted = "PK2019";

    // PK203x: a petition template checked against the petition model before any data exists.
    /// <summary>PK2030: A path the petition model does not have (drafting a petition, or <c>check --petition-model</c>), with the nearest known path.</summary>
    public const string UnknownPath = "PK2030";
    /// <summary>PK2031: A function that does not exist (<c>text.longdate</c>); reported by <c>check</c> without data too.</summary>
    public const string UnknownFunction = "PK2031";

    // PK3xxx: evaluation.
    /// <summary>PK3001: Strict mode: a value is missing.</summary>
    public const string MissingValue = "PK3001";
    /// <summary>PK3002: A tag failed when evaluated (unknown function, wrong argument…).</summary>
    public const string RuntimeError = "PK3002";
    /// <summary>PK3003: The loop limit was reached.</summary>
    public const string LoopLimit = "PK3003";
    /// <summary>PK3004: The output limit was reached.</summary>
    public const string OutputLimit = "PK3004";
    /// <summary>PK3005: The time limit was reached.</summary>
    public const string TimeLimit = "PK3005";
    /// <summary>PK3006: The recursion limit was reached.</summary>
    public const string RecursionLimit = "PK3006";
    /// <summary>PK3007: The render data holds text that is not valid Unicode (the message names its JSON path).</summary>
    public const string InvalidDataText = "PK3007";
    /// <summary>PK3008: The render data holds a number beyond what a template computes with (<c>1e400</c>, a 30-digit integer), at its JSON path.</summary>
    public const string DataNumberTooLarge = "PK3008";
    /// <summary>PK3009: Warning: the render data names a key twice in one object (the template sees the last value), at its JSON path.</summary>
    public const string DuplicateDataKey = "PK3009";

    // PK4xxx: a request to a service that drafts (the intake API sample, or an app's own), before any petition is read.
    /// <summary>PK4001: The request's body is not JSON: its Content-Type is not <c>application/json</c> (or <c>+json</c>, UTF-8), at <c>content_type</c>; HTTP 415.</summary>
    public const string RequestNotJson = "PK4001";
    /// <summary>PK4002: The request's body is larger than the service accepts, at <c>body</c>; HTTP 413.</summary>
    public const string RequestTooLarge = "PK4002";
    /// <summary>PK4003: The server could not read the request's body, at <c>body</c>.</summary>
    public const string RequestUnreadable = "PK4003";
    /// <summary>PK4004: The <c>as_of</c> parameter is not a date written yyyy-mm-dd, at <c>as_of</c>.</summary>
    public const string AsOfNotADate = "PK4004";
}
