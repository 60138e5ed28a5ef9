namespace PetitionKit.Cli.Io;

/// <summary>One output of a run could not be written; carries the file's path so the error names the file that failed
/// (the report, say, rather than the draft). Not an <see cref="IOException"/>, so no handler of plain file problems
/// catches it and names another file.</summary>
internal sealed class OutputFileException(string path, Exception innerException)
    : Exception($"'{path}' cannot be written.", innerException)
{
    public string Path { get; } = path;

    /// <summary>Gets the error line: the file and what went wrong, such as <c>r.json: error: cannot be written: No space left on device.</c></summary>
    public string ErrorLine => ErrorPrinter.FileError(Path, FileErrors.DescribeWrite(InnerException!));
}
