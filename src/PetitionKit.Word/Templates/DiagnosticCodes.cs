namespace PetitionKit.Templates;

/// <summary>Every diagnostic code PetitionKit's engine reports. Codes are stable and never reused; the README lists them.</summary>
internal static class DiagnosticCodes
{
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
