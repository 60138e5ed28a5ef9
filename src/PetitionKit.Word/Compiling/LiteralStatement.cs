using PetitionKit.Word.Rendering;
using Scriban;
using Scriban.Syntax;

namespace PetitionKit.Word.Compiling;

/// <summary>A piece of a part's literal XML, with its text read once at compile time (see <see cref="TextProjection"/>).</summary>
internal sealed class LiteralStatement : ScriptRawStatement
{
    /// <summary>Gets or sets the piece's text: what it adds to the part's text when written.</summary>
    public string Projection { get; set; } = string.Empty;

    /// <summary>Gets or sets where the piece starts in the part's XML: inside a <c>w:t</c>'s content or not.</summary>
    public TextState StartState { get; set; }

    /// <summary>Gets or sets where the piece leaves the part's XML.</summary>
    public TextState EndState { get; set; }

    public override object? Evaluate(TemplateContext context)
    {
        if (context is RenderContext render && context.EnableOutput)
        {
            render.WriteLiteral(this);
            return null;
        }

        return base.Evaluate(context);
    }
}
