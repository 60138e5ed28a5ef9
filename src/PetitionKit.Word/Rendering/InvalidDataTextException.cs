namespace PetitionKit.Word.Rendering;

/// <summary>A value in render data that a template cannot be given: text that is not valid Unicode (PK3007), or a number
/// beyond what a template computes with (PK3008). Carries the JSON path below the point it has unwound to.</summary>
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

    /// <summary>Gets the number as the data wrote it, when the value is a number too large to compute with; null for text.</summary>
    public string? Number { get; private init; }

    /// <summary>A number beyond a decimal's range (about ±7.9e28), such as 1e400 or a 30-digit integer: as a double it
    /// would print as "∞" or "1.2345678901234568E+29", neither of which the data said.</summary>
    public static InvalidDataTextException ForNumber(string number) =>
        new(string.Empty, new OverflowException()) { Number = number };

    /// <summary>The same failure one level up: the segment of the container that held it comes first.</summary>
    public InvalidDataTextException Under(string segment) => new(segment + Path, InnerException!) { Number = Number };

    /// <summary>The error a caller sees: PK3007 or PK3008 at the data's path.</summary>
    public TemplateException ToTemplateException(string templateName) => new(
        [new Diagnostics.Diagnostic(
            Number is null ? Diagnostics.DiagnosticCodes.InvalidDataText : Diagnostics.DiagnosticCodes.DataNumberTooLarge,
            Diagnostics.DiagnosticSeverity.Error,
            new Templates.TemplateLocation(templateName, string.Empty, 0, 0),
            Number is null
                ? $"The data at ${Path} holds text that is not valid Unicode (invalid UTF-8, or an escape such as \\ud800 that is half of a character). Correct that value in the data and render again."
                : $"The data at ${Path} holds the number {Shortened(Number)}, beyond what a template can compute with (up to 79,228,162,514,264,337,593,543,950,335 either way). To print it as written, put it in quotes as text.",
            string.Empty, string.Empty)],
        this);

    private static string Shortened(string number) => number.Length <= 40 ? number : number[..40] + "…";
}
