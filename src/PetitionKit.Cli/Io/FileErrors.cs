namespace PetitionKit.Cli.Io;

/// <summary>Turns the file-system exceptions a user can cause into plain words; any other exception is a bug and passes on.</summary>
internal static class FileErrors
{
    public static bool IsFileProblem(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or System.Security.SecurityException;

    public static string Describe(Exception exception, string doing) => exception switch
    {
        FileNotFoundException => "the file does not exist.",
        DirectoryNotFoundException => "the folder does not exist.",
        UnauthorizedAccessException or System.Security.SecurityException => $"permission denied while {doing} it.",
        _ => $"failed while {doing} it: {exception.Message}",
    };
}
