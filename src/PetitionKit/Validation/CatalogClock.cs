namespace PetitionKit.Validation;

/// <summary>A statutory or regulatory time limit, such as the 180 days of 8 U.S.C. § 1158(d)(5)(A)(iii).</summary>
/// <param name="Name">The limit in words, for the summary.</param>
/// <param name="AuthorityId">The catalog id of the authority that sets it.</param>
/// <param name="Days">The length of the period in calendar days, or null when it is counted in working days.</param>
/// <param name="StartsAtInterview">Whether the period runs from the interview rather than from filing.</param>
/// <param name="IsHortatory">Whether it only states an expectation (a "sense of Congress") rather than a deadline.</param>
internal sealed record CatalogClock(string Name, string AuthorityId, int? Days, bool StartsAtInterview, bool IsHortatory = false);
