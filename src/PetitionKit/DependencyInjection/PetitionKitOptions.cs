namespace PetitionKit.DependencyInjection;

/// <summary>The settings of <see cref="Microsoft.Extensions.DependencyInjection.PetitionKitServiceCollectionExtensions.AddPetitionKit"/>,
/// plain values so they bind from configuration (<c>"PetitionKit": { "TemplateFolder": "/srv/templates" }</c>).</summary>
public sealed class PetitionKitOptions
{
    /// <summary>Gets or sets the folder of the organization's own templates: <c>&lt;id&gt;.docx</c> files, each
    /// available by its id beside the built-in ones, compiled on first use and again when the file changes. Null for
    /// the built-in templates only.</summary>
    public string? TemplateFolder { get; set; }

    /// <summary>Gets or sets the most characters a draft may hold, or null for the library's default
    /// (<see cref="PetitionKit.Word.RenderLimits.Default"/>).</summary>
    public int? MaxOutputCharacters { get; set; }

    /// <summary>Gets or sets how long one render may run, or null for the library's default.</summary>
    public TimeSpan? RenderTimeout { get; set; }

    /// <summary>Gets the organization's own data every draft may print, read by templates as <c>firm.*</c>
    /// (<c>"Firm": { "name": "Piedmont Legal Aid", "phone": "…" }</c> in configuration gives <c>{{ firm.name }}</c>).
    /// Text values only, as configuration holds them; empty for none.</summary>
    public IDictionary<string, string> Firm { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
