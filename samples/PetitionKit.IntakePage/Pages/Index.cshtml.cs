using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PetitionKit.IntakePage.Pages;

/// <summary>The start page: a new petition, or one saved earlier.</summary>
public sealed class IndexModel : PageModel
{
    /// <summary>Gets what went wrong with an upload, if anything.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the start page, with the upload's problem when there was one.</summary>
    /// <param name="problem">The problem's code.</param>
    public void OnGet(string? problem) =>
        Problem = string.Equals(problem, "upload", StringComparison.Ordinal) ? "That file is not a saved petition: choose the .json file this page saved." : null;
}
