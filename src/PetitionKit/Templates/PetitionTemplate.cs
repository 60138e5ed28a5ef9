using PetitionKit.Petitions;
using PetitionKit.Word;
using PetitionKit.Word.Checking;
using PetitionKit.Word.Compiling;
using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Lexing;
using PetitionKit.Word.Templates;

namespace PetitionKit.Templates;

/// <summary>A Word template for petitions: a compiled <see cref="WordTemplate"/>, checked against the petition model
/// before its first draft.</summary>
/// <remarks>Immutable and thread-safe: one instance may render on many threads at once.</remarks>
public sealed class PetitionTemplate
{
    private static readonly DataModel PetitionModel = new(PetitionModelShape.Root, "the petition model", "templates/variables.md");

    // Checked on first need and kept: a template is checked once, however many drafts it renders.
    private readonly Lazy<TemplatePathReport> _petitionModelCheck;

    private PetitionTemplate(WordTemplate word)
    {
        Word = word;
        _petitionModelCheck = new(() => word.CheckModel(PetitionModel));
    }

    /// <summary>Gets the template's name, as given at load; it prefixes every diagnostic's location.</summary>
    public string Name => Word.Name;

    /// <summary>Gets the SHA-256 of the template file, in lowercase hex.</summary>
    public string ContentHash => Word.ContentHash;

    /// <summary>Gets every tag in the template, in document order (body, headers, footers, notes, properties).</summary>
    public IReadOnlyList<TemplateTag> Tags => Word.Tags;

    /// <summary>Gets warnings found at load that do not stop rendering, such as tracked changes that were accepted.</summary>
    public IReadOnlyList<Diagnostic> Warnings => Word.Warnings;

    /// <summary>Gets the Word template this petition template renders through.</summary>
    internal WordTemplate Word { get; }

    internal CompiledTemplate Compiled => Word.Compiled;

    /// <summary>Checks, without data, that every function the template calls exists (<c>text.long_date</c>, not
    /// <c>text.longdate</c>): PK2031 at each unknown one. Any data may come, so data paths are not checked.</summary>
    /// <returns>The errors, in document order; empty when there are none. Computed once and kept.</returns>
    public IReadOnlyList<Diagnostic> CheckFunctions() => Word.CheckFunctions();

    /// <summary>Checks the template against the petition model, as <see cref="PetitionDrafter.DraftAsync"/> does before
    /// its first draft: every path it reads, in values, conditions, loops and arguments, must be one the petition view
    /// has (templates/variables.md), a variable the template assigns, or a loop variable; PK2030 at each one that is
    /// not, with the nearest known path, and PK2031 at each unknown function.</summary>
    /// <returns>The errors, in document order; empty when there are none. Computed once and kept.</returns>
    public IReadOnlyList<Diagnostic> CheckPetitionModel() => _petitionModelCheck.Value.Diagnostics;

    /// <summary>Gets the value tags that read each path of the petition view, in order, for placing a petition field in the draft.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<TagSite>> PetitionReads => _petitionModelCheck.Value.Reads;

    /// <summary>Loads and compiles a template from a .docx or Word XML (Flat OPC) stream.</summary>
    /// <param name="template">The template's bytes; read to the end, not disposed.</param>
    /// <param name="name">The name diagnostics and the draft footer use, such as <c>uscis-delay.docx</c>.</param>
    /// <param name="options">The load options; <see cref="TemplateLoadOptions.Default"/> when null. Unless they word the
    /// banner otherwise, its drafts say "ATTORNEY REVIEW DRAFT — NOT FOR FILING".</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The file is not a sound Word package, or its tags have errors; every problem is listed.</exception>
    public static async Task<PetitionTemplate> LoadAsync(Stream template, string name, TemplateLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await WordTemplate.LoadAsync(template, name, PetitionReviewMarks.LoadOptions(options), cancellationToken).ConfigureAwait(false));

    /// <summary>Loads and compiles a template file (.docx or Word XML); its file name becomes the template's name.</summary>
    /// <param name="path">The template file's path.</param>
    /// <param name="options">The load options; <see cref="TemplateLoadOptions.Default"/> when null. Unless they word the
    /// banner otherwise, its drafts say "ATTORNEY REVIEW DRAFT — NOT FOR FILING".</param>
    /// <param name="cancellationToken">Cancels reading the file.</param>
    /// <returns>The compiled template.</returns>
    /// <exception cref="TemplateException">The file is not a sound Word package, or its tags have errors; every problem is listed.</exception>
    public static async Task<PetitionTemplate> LoadFileAsync(string path, TemplateLoadOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await WordTemplate.LoadFileAsync(path, PetitionReviewMarks.LoadOptions(options), cancellationToken).ConfigureAwait(false));

    /// <summary>Compiles a template already in memory.</summary>
    internal static PetitionTemplate Load(byte[] file, string name, TemplateLoadOptions options) => new(WordTemplate.Load(file, name, PetitionReviewMarks.LoadOptions(options)));
}
