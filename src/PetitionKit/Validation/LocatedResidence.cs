namespace PetitionKit.Validation;

/// <summary>The federal district a petitioner lives in, as far as the petition tells.</summary>
/// <param name="CourtId">The district's court id, or null when it cannot be told or the petitioner lives abroad.</param>
/// <param name="Abroad">Whether the petitioner lives outside the United States.</param>
internal sealed record LocatedResidence(string? CourtId, bool Abroad)
{
    public bool IsKnown => CourtId is not null || Abroad;
}
