namespace PetitionKit.Samples.Petitions;

/// <summary>Every C# sample petition; samples/petitions/ holds the same petitions as JSON.</summary>
public static class SamplePetitions
{
    /// <summary>The date the samples speak as of unless --as-of says otherwise; every sample is valid on it.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 1);

    /// <summary>Gets the samples, in the order the README lists them.</summary>
    public static IReadOnlyList<SamplePetition> All { get; } =
    [
        new("okafor-family-i485", OkaforFamilyAdjustment.Create(), IsComplete: true),
        new("haddad-i589-asylum", HaddadAsylum.Create(), IsComplete: true),
        new("nguyen-n400-1447b", NguyenNaturalization.Create(), IsComplete: true),
        new("karimi-ds260-administrative-processing", KarimiConsularDelay.Create(), IsComplete: true),
        new("mensah-foia-a-file", MensahFoia.Create(), IsComplete: true),
        new("piedmont-foia-287g-organization", PiedmontFoia287g.Create(), IsComplete: true),
        new("reyes-family-i130-next-friend", ReyesFamilyNextFriend.Create(), IsComplete: true),
        new("lin-i751-required-facts-only", LinRequiredFactsOnly.Create(), IsComplete: false),
    ];
}
