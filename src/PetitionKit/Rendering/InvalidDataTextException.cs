namespace PetitionKit.Rendering;

/// <summary>A string in render data that is not valid Unicode; carries the JSON path below the point it has unwound to.</summary>
internal sealed class InvalidDataTextException : Exception
{
    public InvalidDataTextException(string path, Exception innerException)
        : base("The data holds text that is not valid Unicode.", innerException) => Path = path;

    public InvalidDataTextException()
        : this(string.Empty, new InvalidOperationException())
    {
    }

    public InvalidDataTextException(string message)
        : base(message) => Path = string.Empty;

    /// <summary>Gets the path below the current container, such as <c>.petitioners[2].name</c>.</summary>
    public string Path { get; } = string.Empty;

    /// <summary>The same failure one level up: the segment of the container that held it comes first.</summary>
    public InvalidDataTextException Under(string segment) => new(segment + Path, InnerException!);

    /// <summary>The error a caller sees: PK3007 at the data's path.</summary>
    public TemplateException ToTemplateException(string templateName) => new(
        [new Templates.TemplateDiagnostic(Templates.DiagnosticCodes.InvalidDataText, Templates.DiagnosticSeverity.Error,
            new Templates.TemplateLocation(templateName, string.Empty, 0, 0),
            $"The data at ${Path} holds text that is not valid Unicode (invalid UTF-8, or an escape such as \\ud800 that is half of a character). Correct that value in the data and render again.",
            string.Empty, string.Empty)],
        this);
}
