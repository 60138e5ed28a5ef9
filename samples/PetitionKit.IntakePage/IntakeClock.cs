namespace PetitionKit.IntakePage;

/// <summary>The date drafts speak as of: a fixed date when the host sets <c>Intake:AsOf</c> (tests, demonstrations),
/// else today in UTC.</summary>
/// <param name="time">Gives today.</param>
/// <param name="fixedAsOf">The fixed date, if any.</param>
public sealed class IntakeClock(TimeProvider time, DateOnly? fixedAsOf)
{
    /// <summary>Gets the as-of date.</summary>
    public DateOnly AsOf => fixedAsOf ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
