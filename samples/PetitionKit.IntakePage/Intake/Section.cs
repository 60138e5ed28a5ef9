namespace PetitionKit.IntakePage.Intake;

/// <summary>A group of fields on a step: one petitioner, one timeline event, or a plain group.</summary>
/// <param name="Title">The group's heading.</param>
/// <param name="Fields">Its fields.</param>
public sealed record Section(string Title, IReadOnlyList<Field> Fields)
{
    /// <summary>Gets what the group is for.</summary>
    public string? Intro { get; init; }

    /// <summary>Gets the path of the list item this group edits, such as <c>petitioners[1]</c>, so it can be removed.</summary>
    public string? ItemPath { get; init; }

    /// <summary>Gets the path of the list a new item is added to, shown after the group's last item.</summary>
    public string? AddTo { get; init; }

    /// <summary>Gets the label of the button that adds an item.</summary>
    public string? AddLabel { get; init; }

    /// <summary>Gets a button that changes what the group is, such as a petitioner that is an organization: its value
    /// is the action sent, its label what the button says.</summary>
    public Choice? Toggle { get; init; }
}
