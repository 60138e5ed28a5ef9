using PetitionKit.Model;

namespace PetitionKit.Deadlines;

/// <summary>One fact from the petition that bears on a TRAC factor. Templates: an item of <c>facts</c>.</summary>
/// <remarks>Templates word a fact from its structured members (<see cref="Kind"/>, <see cref="Date"/>,
/// <see cref="Days"/>, <see cref="HarmKind"/>, <see cref="AuthorityId"/>); <see cref="Text"/> is the same fact in one
/// plain sentence for the attorney's review, never pleading text.</remarks>
/// <param name="Text">The fact in one plain sentence, for the attorney's review. Templates: <c>text</c>.</param>
/// <param name="Path">Where the fact comes from in the petition, such as <c>harms[0]</c>. Templates: <c>path</c>.</param>
/// <param name="ExhibitLabel">The exhibit that proves it, if any. Templates: <c>exhibit_label</c>.</param>
public sealed record TracFact(string Text, string Path, string? ExhibitLabel)
{
    /// <summary>Gets what the fact records. Templates: <c>kind</c>.</summary>
    public TracFactKind Kind { get; init; }

    /// <summary>Gets the day the fact concerns (see <see cref="TracFactKind"/> for which); null when none.
    /// Templates: <c>date</c>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Gets the day count the fact carries (see <see cref="TracFactKind"/> for which); null when none.
    /// Templates: <c>days</c>.</summary>
    public int? Days { get; init; }

    /// <summary>Gets the kind of harm, for a <see cref="TracFactKind.Harm"/> fact. Templates: <c>harm_kind</c>.</summary>
    public HarmKind? HarmKind { get; init; }

    /// <summary>Gets the 0-based index in <c>petitioners</c> of the person a <see cref="TracFactKind.Harm"/> fact harms;
    /// null when it harms all of them, so a template names the person and never generalises one person's harm to the
    /// family. Templates: <c>petitioner_index</c>.</summary>
    public int? PetitionerIndex { get; init; }

    /// <summary>Gets the catalog id of the authority, for a <see cref="TracFactKind.StatutoryClock"/> fact.
    /// Templates: <c>authority_id</c>.</summary>
    public string? AuthorityId { get; init; }
}
