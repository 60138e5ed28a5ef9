namespace PetitionKit.Catalogs;

/// <summary>The event a statutory clock counts from.</summary>
public enum ClockTrigger
{
    /// <summary>The application or petition was filed.</summary>
    Filing = 1,

    /// <summary>The interview (for naturalization, the examination) took place.</summary>
    Interview,

    /// <summary>The agency component responsible received a records request.</summary>
    Request,
}
