
namespace PetitionKit.Word.Drafting;

/// <summary>One thing the reviewing attorney must check before the draft can become a filing.</summary>
/// <param name="Category">The group it is listed under.</param>
/// <param name="Text">What to check, in plain words.</param>
/// <param name="Location">Where in the draft, such as <c>body, under “STATEMENT OF FACTS” — “The Petitioner, …”</c> (the section heading; a paragraph number only before the first heading, counted in the template), or null.</param>
/// <param name="Reference">The tag or authority id it concerns, or null.</param>
public sealed record ChecklistItem(ChecklistCategory Category, string Text, string? Location = null, string? Reference = null)
{
    /// <summary>Gets the data field the item is about, such as a petition's <c>harms[0].description</c>, or null; the
    /// <see cref="Location"/> then says where the draft prints it, when it does.</summary>
    public string? Field { get; init; }
}
