using System.Text.Json;
using PetitionKit.Rendering;
using PetitionKit.Templates;

namespace PetitionKit;

/// <summary>Writes attorney-review drafts from compiled templates. Every document it writes carries the draft marks.</summary>
public static class PetitionDrafter
{
    /// <summary>Renders a template with JSON data whose keys reach the template exactly as written
    /// (<c>{"petitioner": {"name": "…"}}</c> is <c>{{ petitioner.name }}</c>).</summary>
    /// <param name="template">The compiled template.</param>
    /// <param name="data">A JSON object.</param>
    /// <param name="destination">Where the .docx draft is written; nothing is written when the render fails.</param>
    /// <param name="options">The render options; <see cref="RenderOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The render report: missing values, changed values and review items.</returns>
    /// <exception cref="ArgumentException"><paramref name="data"/> is not a JSON object.</exception>
    /// <exception cref="TemplateException">The render failed; every problem is listed.</exception>
    public static Task<RenderReport> RenderAsync(PetitionTemplate template, JsonElement data, Stream destination, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(destination);
        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The data must be a JSON object, not {data.ValueKind}.", nameof(data));
        }

        return TemplateRenderer.RenderAsync(template.Compiled, JsonData.ToObject(data), options ?? RenderOptions.Default, destination, cancellationToken);
    }
}
