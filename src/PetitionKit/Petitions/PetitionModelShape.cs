using PetitionKit.Catalogs;
using PetitionKit.Deadlines;
using PetitionKit.Model;
using PetitionKit.Word.Checking;

namespace PetitionKit.Petitions;

/// <summary>The shape of what a petition template sees (<see cref="PetitionView"/>), known without any petition: the
/// petition's JSON with petitioners as privacy leaves them, and what the view adds. Templates drafted through
/// <see cref="PetitionDrafter.DraftAsync"/> are checked against it, and templates/variables.md lists it.</summary>
internal static class PetitionModelShape
{
    private static readonly Lazy<DataShape> Shared = new(Build);

    public static DataShape Root => Shared.Value;

    private static DataShape Build()
    {
        var petitioner = RedactedPetitionerView.Shape("petitioners[]");
        return JsonShape.Of(PetitionJsonContext.Default, typeof(Petition), string.Empty).With(
        [
            KeyValuePair.Create("petitioners", DataShape.List("petitioners", petitioner)),
            KeyValuePair.Create("petitioner", RedactedPetitionerView.Shape("petitioner")),
            KeyValuePair.Create("filers", DataShape.List("filers", DataShape.Value("filers[]"))),
            KeyValuePair.Create("officials", DataShape.List("officials", JsonShape.Of(PetitionJsonContext.Default, typeof(Official), "officials[]").With(
            [
                KeyValuePair.Create("is_agency", DataShape.Value("officials[].is_agency")),
                KeyValuePair.Create("responsibility", DataShape.Value("officials[].responsibility")),
            ]))),
            KeyValuePair.Create("pleaded_claims", DataShape.List("pleaded_claims", DataShape.Value("pleaded_claims[]"))),
            KeyValuePair.Create("duty_sources", DataShape.Object("duty_sources",
            [
                KeyValuePair.Create("duty", DataShape.List("duty_sources.duty", DataShape.Value("duty_sources.duty[]"))),
                KeyValuePair.Create("discretion", DataShape.List("duty_sources.discretion", DataShape.Value("duty_sources.discretion[]"))),
                KeyValuePair.Create("timetables", DataShape.List("duty_sources.timetables", DataShape.Value("duty_sources.timetables[]"))),
            ])),
            KeyValuePair.Create("analysis", JsonShape.Of(ViewJsonContext.Default, typeof(DelaySummary), "analysis")),
            KeyValuePair.Create("profile", JsonShape.Of(ViewJsonContext.Default, typeof(CaseTypeProfile), "profile")),
            KeyValuePair.Create("district", JsonShape.Of(ViewJsonContext.Default, typeof(FederalDistrict), "district")),
            // The organization's own data: any keys, so any path under it is accepted; a key it lacks is a visible gap.
            KeyValuePair.Create(FirmView.Name, DataShape.Any),
            KeyValuePair.Create("cite", DataShape.Function("cite")),
        ]);
    }
}
