using PetitionKit.Word.Drafting;
using PetitionKit.Word.Functions;
using PetitionKit.Word.Rendering;
using Scriban.Runtime;

namespace PetitionKit.Word.Checking;

/// <summary>The shapes of what every render sees beside its data — <c>draft</c>, <c>text</c>, <c>review_item</c> and
/// Scriban's safe built-ins — read from the very objects a render gets, so a function added there is known here.</summary>
internal static class GlobalShapes
{
    private static readonly Lazy<IReadOnlyDictionary<string, DataShape>> Shared = new(Build);

    public static IReadOnlyDictionary<string, DataShape> All => Shared.Value;

    private static Dictionary<string, DataShape> Build()
    {
        var shapes = new Dictionary<string, DataShape>(StringComparer.Ordinal);
        Add(shapes, SafeBuiltins.Instance);

        // Only the names matter: any date and identity give the same members.
        var day = new DateOnly(2000, 1, 1);
        var session = new RenderSession(new RenderOptions { AsOf = day }, day, CancellationToken.None);
        Add(shapes, DraftGlobals.Create(new TemplateIdentity("template.docx", null, new string('0', 64)), session));
        return shapes;
    }

    private static void Add(Dictionary<string, DataShape> shapes, ScriptObject globals)
    {
        var shape = DataShape.FromScriptObject(string.Empty, globals);
        foreach (var name in shape.MemberNames)
        {
            shapes[name] = shape.Member(name)!;
        }
    }
}
