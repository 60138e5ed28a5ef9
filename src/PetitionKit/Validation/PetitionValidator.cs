using PetitionKit.Catalogs;
using PetitionKit.Model;

namespace PetitionKit.Validation;

/// <summary>Checks a petition against the rules a draft must meet (docs/legal-rules.md#validation-rules) and reports every problem at once.</summary>
public static class PetitionValidator
{
    private static readonly Action<ValidationContext>[] Rules =
    [
        RangeRules.Check,
        CaseTypeRules.Check,
        PartyRules.Check,
        MinorRules.Check,
        IdentifierRules.Check,
        DateRules.Check,
        VenueRules.Check,
        NaturalizationRules.Check,
        ClockRules.Check,
        ClaimAndReliefRules.Check,
        FoiaRules.Check,
        OutcomeRules.Check,
        OfficialRules.Check,
        AuthorityRules.Check,
        SignerRules.Check,
        ExhibitRules.Check,
        FreeTextAuthorityRules.Check,
        FreeTextPrivacyRules.Check,
        InvisibleCharacterRules.Check,
        DefendantRules.Check,
        ProcessingTimeRules.Check,
        FamilyCategoryRules.Check,
        VisaAvailabilityRules.Check,
        CircuitRiskRules.Check,
        FoiaClockRules.Check,
        ConsularRequestRules.Check,
    ];

    /// <summary>Checks a petition as of a given day.</summary>
    /// <param name="petition">The petition.</param>
    /// <param name="asOf">The day the draft is made; dates after it are errors and ages are counted to it.</param>
    /// <returns>Every issue found; <see cref="ValidationReport.HasErrors"/> says whether drafting must stop.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="petition"/> is null.</exception>
    public static ValidationReport Validate(Petition petition, DateOnly asOf) =>
        Validate(petition, asOf, PetitionCatalogs.Default);

    internal static ValidationReport Validate(Petition petition, DateOnly asOf, IPetitionCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(petition);
        var context = new ValidationContext(petition, asOf, catalog);
        foreach (var rule in Rules)
        {
            rule(context);
        }

        return new ValidationReport([.. context.Issues]);
    }
}
