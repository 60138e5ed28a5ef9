using System.Text.Json.Nodes;
using PetitionKit.Model;

namespace PetitionKit.IntakePage.Intake;

/// <summary>Turns a petitioner into an organization (a FOIA requester such as an advocacy group) and back.</summary>
public static class Parties
{
    // What only a person has: left on an organization, it would be drafted as if the organization were born somewhere.
    private static readonly string[] PersonOnly = ["date_of_birth", "a_number", "receipt_number", "ssn", "is_minor", "next_friend", "pseudonym", "status", "phone", "email"];

    /// <summary>Makes the petitioner at <paramref name="item"/> an organization: the address entered becomes its main
    /// office, and what only a person has is dropped.</summary>
    /// <param name="state">The petition.</param>
    /// <param name="item">The petitioner's path, such as <c>petitioners[0]</c>.</param>
    public static void MakeOrganization(PetitionState state, string item)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!IsPetitioner(state, item) || state.Has(item + ".organization"))
        {
            return;
        }

        var organization = new JsonObject();
        if (state.Take(item + ".residence") is { } address)
        {
            organization["principal_place_of_business"] = address;
        }

        foreach (var name in PersonOnly)
        {
            state.Set($"{item}.{name}", null);
        }

        state.Set(item + ".organization", organization);
        if (state.Text(item + ".role") is null)
        {
            state.Set(item + ".role", Steps.JsonName(PetitionerRole.Requester));
        }
    }

    /// <summary>Makes the petitioner at <paramref name="item"/> a person again: the main office's address becomes the
    /// residence, and the organization's mission and interest are dropped.</summary>
    /// <param name="state">The petition.</param>
    /// <param name="item">The petitioner's path.</param>
    public static void MakePerson(PetitionState state, string item)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!IsPetitioner(state, item) || state.Take(item + ".organization") is not JsonObject organization)
        {
            return;
        }

        if (organization["principal_place_of_business"] is { } address)
        {
            state.Set(item + ".residence", address.DeepClone());
        }
    }

    // Only an item of the petitioners list, such as petitioners[0], never a path a hostile form made up.
    private static bool IsPetitioner(PetitionState state, string item) =>
        Enumerable.Range(0, Math.Max(1, state.Count("petitioners"))).Any(i => string.Equals(item, $"petitioners[{i}]", StringComparison.Ordinal));
}
