using PetitionKit.Catalogs;

namespace PetitionKit.Tests.Catalogs;

/// <summary>Every piece of text the catalogs ship, except the deny-list itself, named by where it sits.</summary>
internal static class CatalogTexts
{
    public static IEnumerable<(string Where, string Text)> All()
    {
        yield return ("FederalDistricts.SourceNote", FederalDistricts.SourceNote);
        yield return ("ReceiptOffices.SourceNote", ReceiptOffices.SourceNote);
        yield return ("AuthorityCatalog.SourceNote", AuthorityCatalog.SourceNote);
        yield return ("CaseTypeCatalog.SourceNote", CaseTypeCatalog.SourceNote);
        foreach (var d in FederalDistricts.All)
        {
            yield return ($"district {d.CourtId}", string.Join(" | ", [d.Name, d.Bluebook, d.StateName, d.DivisionsSource ?? "", .. d.Divisions]));
        }

        foreach (var o in ReceiptOffices.All)
        {
            yield return ($"office {o.Prefix}", string.Join(" | ", o.OfficeName, o.DefaultOfficialTitle, o.Notes, o.Source));
        }

        foreach (var a in AuthorityCatalog.All)
        {
            yield return ($"authority {a.Id}", string.Join(" | ", a.Citation, a.ShortName, a.Source, a.Note));
        }

        foreach (var p in CaseTypeCatalog.All)
        {
            var where = $"profile {p.CaseType}";
            yield return (where, string.Join(" | ", p.DisplayName, p.Form, p.Agency, p.WhyNot, p.AlternativeRoute));
            foreach (var o in p.DefaultOfficials)
            {
                yield return ($"{where} official {o.Role}", string.Join(" | ", o.Title, o.Agency, o.When));
            }

            foreach (var c in p.StatutoryClocks)
            {
                yield return ($"{where} clock {c.Id}", c.Description);
            }

            foreach (var i in p.ReviewItems)
            {
                yield return ($"{where} review item {i.Id}", i.Text);
            }
        }
    }
}
