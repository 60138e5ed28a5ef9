using System.Globalization;
using PetitionKit.Drafting;
using Scriban.Runtime;

namespace PetitionKit.Rendering;

/// <summary>What every template sees beside its data: the <c>draft</c> object (the render's date and the template's
/// identity, for footers and properties), the <c>text</c> functions for legal prose, and <c>review_item</c>, which adds
/// an item to the review checklist.</summary>
internal static class DraftGlobals
{
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
        var globals = new ScriptObject(StringComparer.Ordinal) { { "draft", draft }, { "text", TextFunctions.Instance } };
        globals.Import("review_item", new Action<string>(text =>
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                session.ReviewItems.Add(text.Trim());
            }
        }));
        return globals;
    }
}
