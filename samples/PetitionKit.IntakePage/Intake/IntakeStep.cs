namespace PetitionKit.IntakePage.Intake;

/// <summary>One page of the intake.</summary>
/// <param name="Id">The page's name in its address, such as <c>court</c>.</param>
/// <param name="Title">The page's heading.</param>
/// <param name="Areas">The petition paths the page fills; a validator issue under one of them that no field owns is
/// listed at the top of the page.</param>
public sealed record IntakeStep(string Id, string Title, IReadOnlyList<string> Areas)
{
    /// <summary>Gets whether an issue at <paramref name="path"/> belongs to this page.</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> when one of the page's areas holds it.</returns>
    public bool Holds(string path) => Areas.Any(area =>
        string.Equals(path, area, StringComparison.Ordinal)
        || (path.StartsWith(area, StringComparison.Ordinal) && path.Length > area.Length && path[area.Length] is '.' or '['));
}
