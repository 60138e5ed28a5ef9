using PetitionKit.Model;

namespace PetitionKit.Catalogs;

/// <summary>What the domain files say about one case type: its duty sources, counts, defendants, clocks, court codes and
/// review points (docs/legal-rules.md#case-types).</summary>
/// <remarks>Immutable.</remarks>
public sealed record CaseTypeProfile
{
    /// <summary>Gets the case type.</summary>
    public required CaseType CaseType { get; init; }

    /// <summary>Gets a name for people, such as <c>I-485 application to adjust status</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the form, such as <c>I-485</c>, or <see langword="null"/> when the case is not about a form.</summary>
    public string? Form { get; init; }

    /// <summary>Gets the agency that holds the matter, such as <c>USCIS</c> or <c>Department of State</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>Gets the section of PetitionKit's legal research notes this profile was drawn from, such as <c>§2.3</c>:
    /// for a maintainer tracing a rule back to its research. The notes are not part of the package, and no draft prints it.</summary>
    public required string ResearchNotesSection { get; init; }

    /// <summary>Gets the ids of the authorities that create the duty to act, each in <see cref="AuthorityCatalog"/>.</summary>
    public IReadOnlyList<string> DutySourceIds { get; init; } = [];

    /// <summary>Gets the counts to plead, in pleading order (for asylum the APA comes first); empty when no complaint fits.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Gets the defendants this case type usually names, by title; never the U.S. Attorney.</summary>
    public IReadOnlyList<OfficialTemplate> DefaultOfficials { get; init; } = [];

    /// <summary>Gets the time limits the law sets for the agency in this case type.</summary>
    public IReadOnlyList<StatutoryClock> StatutoryClocks { get; init; } = [];

    /// <summary>Gets the JS-44 nature-of-suit code (465, 462 or 895; never 540, a prisoner-petition code), or
    /// <see langword="null"/> where no complaint fits.</summary>
    public int? NatureOfSuitCode { get; init; }

    /// <summary>Gets the points the attorney must check before filing.</summary>
    public IReadOnlyList<CatalogReviewItem> ReviewItems { get; init; } = [];

    /// <summary>Gets the jurisdiction risk in the circuits where the domain files set one (circuit number to risk; 12 is the
    /// D.C. Circuit).</summary>
    public IReadOnlyDictionary<int, RiskLevel> JurisdictionRiskByCircuit { get; init; } = new Dictionary<int, RiskLevel>();

    /// <summary>Gets the jurisdiction risk in circuits not in <see cref="JurisdictionRiskByCircuit"/>, or
    /// <see langword="null"/> when the case type has no circuit-based risk rule.</summary>
    public RiskLevel? DefaultJurisdictionRisk { get; init; }

    /// <summary>Gets the id of the review item in <see cref="ReviewItems"/> that explains the circuit-based jurisdiction
    /// risk, or <see langword="null"/> when the case type has no circuit-based risk rule.</summary>
    public string? CircuitRiskReviewItemId { get; init; }

    /// <summary>Gets whether a mandamus count belongs in this case type's complaint.</summary>
    public required bool MandamusFits { get; init; }

    /// <summary>Gets why mandamus does not fit, in plain words, or <see langword="null"/> when it does.</summary>
    public string? WhyNot { get; init; }

    /// <summary>Gets the route that exists instead of mandamus, in plain words, or <see langword="null"/> when mandamus fits.</summary>
    public string? AlternativeRoute { get; init; }

    /// <summary>Gets the jurisdiction risk of this case type in one circuit.</summary>
    /// <param name="circuit">1 to 11, or 12 for the D.C. Circuit.</param>
    /// <returns>The circuit's risk, else <see cref="DefaultJurisdictionRisk"/>.</returns>
    public RiskLevel? JurisdictionRiskIn(int circuit) =>
        JurisdictionRiskByCircuit.TryGetValue(circuit, out var risk) ? risk : DefaultJurisdictionRisk;

    /// <summary>Gets <see cref="DefaultOfficials"/> with the office-level director filled in from a receipt prefix's
    /// office, where the catalog supports that office's title (docs/legal-rules.md#defendants-and-officials).</summary>
    /// <param name="office">The office from <see cref="ReceiptOffices.Find"/>, or <see langword="null"/> when unknown.</param>
    /// <returns>The defendants; unchanged when the office is unknown, supplies no title, or fits no defendant here.</returns>
    public IReadOnlyList<OfficialTemplate> DefaultOfficialsForOffice(ReceiptOffice? office)
    {
        if (office is not { DefaultOfficialTitle: { } title, OfficialRole: { } role })
        {
            return DefaultOfficials;
        }

        var index = DefaultOfficials.ToList().FindIndex(o => FillsSameSlot(o.Role, role));
        if (index < 0)
        {
            return DefaultOfficials;
        }

        var officials = DefaultOfficials.ToArray();
        officials[index] = officials[index] with
        {
            Role = role,
            Title = title,
            When = $"The receipt prefix {office.Prefix} points to the {office.OfficeName}; confirm with the latest transfer notice.",
        };
        return Array.AsReadOnly(officials);
    }

    // A National Benefits Center receipt fills the service-center slot: §2.2 pleads either one in that place.
    private static bool FillsSameSlot(OfficialRole slot, OfficialRole office) =>
        slot == office || (IsCenter(slot) && IsCenter(office));

    private static bool IsCenter(OfficialRole role) => role is OfficialRole.ServiceCenterDirector or OfficialRole.NationalBenefitsCenterDirector;
}
