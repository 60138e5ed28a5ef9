namespace PetitionKit.Model;

/// <summary>An official sued in an official capacity: named by title, and by a person's name only with the date the
/// name was checked, because a successor is substituted automatically (Fed. R. Civ. P. 25(d), 17(d)).
/// JSON and templates: an item of <c>officials</c>.</summary>
public sealed record Official
{
    /// <summary>Gets the official's title as pleaded, such as "Director, U.S. Citizenship and Immigration Services".
    /// JSON and templates: <c>officials[i].title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the agency the official serves in. JSON and templates: <c>officials[i].agency</c>.</summary>
    public required string Agency { get; init; }

    /// <summary>Gets the officeholder's name, if the petition names one. JSON and templates: <c>officials[i].person_name</c>.</summary>
    public string? PersonName { get; init; }

    /// <summary>Gets the date <see cref="PersonName"/> was confirmed as the current officeholder.
    /// JSON and templates: <c>officials[i].name_as_of</c>.</summary>
    public DateOnly? NameAsOf { get; init; }

    /// <summary>Gets the kind of office. JSON and templates: <c>officials[i].role</c>; the built-in templates name each
    /// official by title and do not read it.</summary>
    public OfficialRole Role { get; init; }
}
