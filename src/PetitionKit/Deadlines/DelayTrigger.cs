namespace PetitionKit.Deadlines;

/// <summary>The event a delay is counted from.</summary>
public enum DelayTrigger
{
    /// <summary>The day the agency received the filing.</summary>
    FilingDate = 1,

    /// <summary>The naturalization interview (examination), for a petition under 8 U.S.C. § 1447(b).</summary>
    Interview,

    /// <summary>The consular refusal under INA § 221(g) that placed a visa application in administrative processing.</summary>
    AdministrativeProcessingRefusal,
}
