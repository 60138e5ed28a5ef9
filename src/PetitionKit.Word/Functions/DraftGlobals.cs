using System.Globalization;
using PetitionKit.Word.Drafting;
using PetitionKit.Word.Rendering;
using Scriban;
using Scriban.Runtime;

namespace PetitionKit.Word.Functions;

/// <summary>What every template sees beside its data: the <c>draft</c> object (the render's date and the template's
/// identity, for footers and properties), the <c>text</c> functions for legal prose, and <c>review_item</c>, which adds
/// an item to the review checklist.</summary>
internal static class DraftGlobals
{
    // Made once: wrapping a delegate as a Scriban function reflects over it. The render it adds to comes from the context.
    private static readonly object ReviewItemFunction = CreateReviewItemFunction();

    public static ScriptObject Create(TemplateIdentity identity, RenderSession session)
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        var draft = new ScriptObject(StringComparer.Ordinal)
        {
            { "as_of", session.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            { "as_of_text", session.AsOf.ToString("MMMM d, yyyy", english) },
            { "template", identity.Name },
            { "template_version", identity.Version },
            { "template_hash", identity.ContentHash },
        };
        return new ScriptObject(StringComparer.Ordinal) { { "draft", draft }, { "text", TextFunctions.Instance }, { "review_item", ReviewItemFunction } };
    }

    private static object CreateReviewItemFunction()
    {
        var holder = new ScriptObject(StringComparer.Ordinal);
        ScriptFunctions.Add(holder, "review_item", new ReviewItem(AddReviewItem));
        return holder["review_item"] ?? throw new InvalidOperationException("Scriban did not import review_item.");
    }

    /// <summary><c>{{ review_item "text" }}</c>, or <c>{{ review_item "text" "catalog-id" }}</c> for an item that places a
    /// case type's catalog item in the draft: the checklist then lists the two as one, in the catalog's words, at the
    /// template's place.</summary>
    private static void AddReviewItem(TemplateContext context, string text, string? concerns = null)
    {
        if (string.IsNullOrWhiteSpace(text) || context is not RenderContext render)
        {
            return;
        }

        var trimmed = text.Trim();
        render.Session.ReviewItems.Add(trimmed);
        if (render.CurrentTag is { } tag)
        {
            render.Session.ReviewItemPlaces.TryAdd(trimmed, ChecklistItems.Where(tag.Location, tag.Section, string.Empty));
        }

        if (!string.IsNullOrWhiteSpace(concerns))
        {
            render.Session.ReviewItemConcerns.TryAdd(trimmed, concerns.Trim());
        }
    }

    // A named delegate, because Scriban reads optional parameters from the method's signature and a lambda has none.
    private delegate void ReviewItem(TemplateContext context, string text, string? concerns = null);
}
