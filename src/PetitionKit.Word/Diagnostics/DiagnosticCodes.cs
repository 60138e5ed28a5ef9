
namespace PetitionKit.Word.Diagnostics;

/// <summary>Every diagnostic code PetitionKit reports, petition, template and render alike: the one table. Codes are
/// stable and never reused for another meaning; <c>docs/diagnostics.md</c> lists each, and a test keeps that list and
/// this table the same.</summary>
internal static class DiagnosticCodes
{
    // PK1xxx: a petition: its JSON, its facts, and what a template may plead from it.
    public const string JsonMalformed = "PK1000";
    public const string JsonWrongType = "PK1001";
    public const string JsonUnknownProperty = "PK1002";
    public const string JsonMissingRequired = "PK1003";
    public const string JsonDuplicateProperty = "PK1004";

    public const string ReceiptMalformed = "PK1010";
    public const string ReceiptAsterisk = "PK1011";
    public const string ReceiptOfficeUnknown = "PK1012";
    public const string ANumberMalformed = "PK1013";
    public const string SsnMalformed = "PK1014";

    public const string DateAfterAsOf = "PK1020";
    public const string EventBeforeFiling = "PK1021";
    public const string RfeResponseBeforeRfe = "PK1022";
    public const string BirthAfterFiling = "PK1023";
    public const string DateOutOfRange = "PK1024";
    public const string NumberOutOfRange = "PK1025";

    public const string NaturalizationNoInterview = "PK1030";
    public const string NaturalizationNotRipe = "PK1031";
    public const string NaturalizationWrongDistrict = "PK1032";

    public const string CourtUnknown = "PK1040";
    public const string VenueNoResident = "PK1041";
    public const string VenueResidenceUndetermined = "PK1042";
    public const string VenueFoiaBasisNotFoia = "PK1045";

    public const string ReliefAsksForOutcome = "PK1050";

    public const string FoiaWithMandamus = "PK1060";
    public const string FoiaDefendantNotAgency = "PK1061";
    public const string FoiaReceiptNumberField = "PK1062";
    public const string FoiaDecisionBeforeRequest = "PK1063";
    public const string OrganizationProSe = "PK1064";
    public const string FoiaFactsOutsideFoia = "PK1066";
    public const string ClaimNotForCaseType = "PK1065";
    public const string DeclaratoryCountAlone = "PK1067";

    public const string OfficialNameWithoutDate = "PK1070";
    public const string OfficialNameStale = "PK1071";
    public const string UsAttorneyNamed = "PK1072";

    public const string AuthorityDenied = "PK1080";
    public const string AuthorityNotVerified = "PK1081";
    public const string AuthorityUnknown = "PK1082";

    public const string SignerMissing = "PK1090";
    public const string SignerContactMissing = "PK1091";
    public const string SignerBarNumberMissing = "PK1092";
    public const string ProSeContactMissing = "PK1093";

    public const string MandamusDoesNotFit = "PK1100";
    public const string CaseTypeMissing = "PK1101";

    public const string NoPetitioners = "PK1110";
    public const string HarmPetitionerOutOfRange = "PK1111";
    public const string ExhibitLabelUnknown = "PK1112";
    public const string ExhibitLabelDuplicate = "PK1113";

    public const string EadCategoryMissing = "PK1120";
    public const string EadCategoryMalformed = "PK1121";
    public const string EadCategoryNotAnEad = "PK1122";
    public const string RefusalNotRecorded = "PK1123";
    public const string ClockAuthorityOutsideCategory = "PK1124";
    public const string FreeTextSsn = "PK1150";
    public const string FreeTextDateOfBirth = "PK1151";
    public const string FreeTextMinorName = "PK1152";
    public const string FreeTextANumber = "PK1153";
    public const string BidiControlCharacter = "PK1154";
    public const string ZeroWidthCharacter = "PK1155";

    public const string MinorWithoutNextFriend = "PK1160";
    public const string MinorSignsProSe = "PK1161";
    public const string NextFriendIndexInvalid = "PK1162";

    public const string WithinPostedTime = "PK1170";
    public const string VisaFactsMissing = "PK1171";
    public const string VisaNotAvailable = "PK1172";
    public const string CircuitRisk = "PK1173";
    public const string FoiaClockNotRun = "PK1174";
    public const string NoDefendant = "PK1175";
    public const string TemplateDoesNotFit = "PK1176";
    public const string RequestedDocumentsOutstanding = "PK1177";
    public const string CategoryDoesNotFitFiler = "PK1178";

    // PK2xxx: template load and syntax.
    public const string NotAPackage = "PK2001";
    public const string PackageTooLarge = "PK2002";
    public const string MissingPart = "PK2003";
    public const string DtdNotAllowed = "PK2004";
    public const string MalformedXml = "PK2005";
    public const string NestingTooDeep = "PK2006";
    public const string LoadTimeLimit = "PK2007";
    public const string UnsafePartName = "PK2008";
    public const string UnclosedTag = "PK2010";
    public const string SyntaxError = "PK2011";
    public const string UnbalancedEnd = "PK2012";
    public const string MissingEnd = "PK2013";
    public const string StraddlingBlock = "PK2014";
    public const string TrackedStructuralChange = "PK2015";
    public const string ElseOutsideIf = "PK2017";
    public const string UnsupportedTag = "PK2018";
    public const string TrackedChangesAccepted = "PK2019";

    // PK203x: a petition template checked against the petition model before any data exists.
    public const string UnknownPath = "PK2030";
    public const string UnknownFunction = "PK2031";

    // PK3xxx: evaluation.
    public const string MissingValue = "PK3001";
    public const string RuntimeError = "PK3002";
    public const string LoopLimit = "PK3003";
    public const string OutputLimit = "PK3004";
    public const string TimeLimit = "PK3005";
    public const string RecursionLimit = "PK3006";
    public const string InvalidDataText = "PK3007";
    public const string DataNumberTooLarge = "PK3008";
    public const string DuplicateDataKey = "PK3009";
}
