namespace PetitionKit.Cli.Io;

/// <summary>Turns the file-system exceptions a user can cause into plain words; any other exception is a bug and passes on.</summary>
internal static class FileErrors
{
    public static bool IsFileProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    public static string DescribeRead(Exception exception) => exception switch
    {
        FileNotFoundException => "the file does not exist.",
        DirectoryNotFoundException => "the folder does not exist.",
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied while reading it.",
        _ => $"cannot be read: {exception.Message}",
    };

    public static string DescribeWrite(Exception exception) => exception switch
    {
        UnauthorizedAccessException or System.Security.SecurityException => "permission denied while writing it.",
        _ => $"cannot be written: {WithoutPath(exception.Message)}",
    };

    /// <summary>Drops the path .NET appends to a system error ("No space left on device : '/out/.d.docx.42.tmp'"):
    /// the line already names the file, and the temporary named there is gone by the time the user reads it.</summary>
    private static string WithoutPath(string message)
    {
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        var trimmed = at > 0 && message.EndsWith('\'') ? message[..at] : message;
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
