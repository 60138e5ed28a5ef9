namespace PetitionKit.Word.Rendering;

/// <summary>Stops a render that crossed a limit; turned into one diagnostic, never shown as is.</summary>
internal sealed class RenderLimitException : Exception
{
    public RenderLimitException(string code, string message)
        : base(message) => Code = code;

    public RenderLimitException()
        : this(Diagnostics.DiagnosticCodes.TimeLimit, "The render was stopped.")
    {
    }

    public RenderLimitException(string message, Exception innerException)
        : base(message, innerException) => Code = Diagnostics.DiagnosticCodes.TimeLimit;

    public string Code { get; } = Diagnostics.DiagnosticCodes.TimeLimit;
}
