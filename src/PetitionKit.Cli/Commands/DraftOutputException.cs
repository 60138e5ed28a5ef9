namespace PetitionKit.Cli.Commands;

/// <summary>An output of <c>petitionkit draft</c> could not be written; carries the file's path for the error line.</summary>
internal sealed class DraftOutputException(string path, Exception innerException)
    : IOException($"'{path}' cannot be written.", innerException)
{
    public string Path { get; } = path;
}
