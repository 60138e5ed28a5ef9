namespace PetitionKit.Deadlines;

/// <summary>One of the legal public holidays of 5 U.S.C. § 6103(a) in a given year.
/// Templates: an item of <c>analysis.foia.holidays_skipped</c>.</summary>
/// <param name="Name">The holiday's name as § 6103(a) gives it, such as "Washington's Birthday". Templates: <c>name</c>.</param>
/// <param name="Date">The day the statute names. Templates: <c>date</c>.</param>
/// <param name="ObservedOn">The weekday federal offices close for it: the Friday before a Saturday holiday, the Monday after
/// a Sunday one, otherwise the day itself. Templates: <c>observed_on</c>.</param>
public sealed record LegalPublicHoliday(string Name, DateOnly Date, DateOnly ObservedOn);
