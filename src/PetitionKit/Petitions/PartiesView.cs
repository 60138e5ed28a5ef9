using PetitionKit.Catalogs;
using PetitionKit.Model;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>What the caption, parties section and facts need about the parties beyond the petition's own fields: who
/// filed, whom each adult signs for, what each defendant's office is responsible for, and the timeline in date order.</summary>
internal static class PartiesView
{
    /// <summary>The roles of a person who files: the applicant, the petitioner who filed for someone else, a requester.</summary>
    private static readonly PetitionerRole[] FilingRoles = [PetitionerRole.Applicant, PetitionerRole.FilingPetitioner, PetitionerRole.Requester];

    public static void Add(ScriptObject data, Petition petition, IReadOnlyList<ScriptObject> petitioners)
    {
        data.SetValue("filers", Filers(petition, petitioners), readOnly: false);
        for (var i = 0; i < petitioners.Count; i++)
        {
            var view = petitioners[i];
            view.SetValue("harmed", petition.Harms.Any(h => h.PetitionerIndex == i), readOnly: false);
            view.SetValue("signs_for", SignsFor(petition, petitioners, i), readOnly: false);
        }

        if (data.TryGetValue("officials", out var officials) && officials is ScriptArray list)
        {
            for (var i = 0; i < list.Count && i < petition.Officials.Count; i++)
            {
                if (list[i] is ScriptObject view)
                {
                    Official(view, petition.Officials[i], petition);
                }
            }
        }

        // The model takes events in any order; a pleading states them in the order they happened.
        if (data.TryGetValue("timeline", out var timeline) && timeline is ScriptArray events)
        {
            var ordered = events.Cast<ScriptObject>()
                .Select((e, i) => (Event: e, Date: petition.Timeline[i].Date, Index: i))
                .OrderBy(e => e.Date).ThenBy(e => e.Index)
                .Select(e => e.Event);
            data.SetValue("timeline", new ScriptArray(ordered), readOnly: false);
        }
    }

    /// <summary>The names of the petitioners who filed; empty when no petitioner has a filing role.</summary>
    private static ScriptArray Filers(Petition petition, IReadOnlyList<ScriptObject> petitioners)
    {
        var names = new ScriptArray();
        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            if (FilingRoles.Contains(petition.Petitioners[i].Role))
            {
                names.Add(petitioners[i]["name"]);
            }
        }

        return names;
    }

    /// <summary>What petitioner <paramref name="index"/> also signs as, one phrase per minor it is next friend or
    /// guardian of: "as next friend of T.O.".</summary>
    private static ScriptArray SignsFor(Petition petition, IReadOnlyList<ScriptObject> petitioners, int index)
    {
        var names = new ScriptArray();
        for (var i = 0; i < petition.Petitioners.Count; i++)
        {
            if (petition.Petitioners[i] is { IsMinor: true, NextFriend: { PetitionerIndex: { } friend } nextFriend } && friend == index)
            {
                names.Add($"as {Words.Phrase(nextFriend.Capacity)} of {petitioners[i]["name"]}");
            }
        }

        return names;
    }

    private static void Official(ScriptObject view, Official official, Petition petition)
    {
        var office = DefendantOffices.Find(official.Role);
        view.SetValue("is_agency", official.Role == OfficialRole.Agency, readOnly: false);
        view.SetValue(
            "responsibility",
            office?.SentenceFor(official.Title, petition.Agency, DecidedForm(official.Role, petition)),
            readOnly: false);
    }

    // In a fiancé(e) case the Department of State decides the K-1 visa application, not the I-129F petition that
    // USCIS approved before it; a consular official's sentence names what is pending at the post.
    private static string DecidedForm(OfficialRole role, Petition petition) =>
        petition.CaseType == CaseType.I129FFianceePetition && role is OfficialRole.SecretaryOfState or OfficialRole.ConsularOfficer
            or OfficialRole.ChiefOfMission or OfficialRole.ScreeningAnalysisCoordinationDirector
            ? "K-1 visa application"
            : petition.Application.Form;
}
