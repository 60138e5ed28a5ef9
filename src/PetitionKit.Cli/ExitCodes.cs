namespace PetitionKit.Cli;

/// <summary>The exit codes of <c>petitionkit</c>; scripts may rely on them, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>An input was wrong: a missing or unreadable file, bad JSON, or a template or render error.</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself was wrong: an unknown option, a missing required option, a malformed value.</summary>
    public const int Usage = 2;

    /// <summary>PetitionKit failed in a way no input explains: a bug to report, with the message printed.</summary>
    public const int InternalError = 3;

    /// <summary>The documents were written, but <c>--pdf</c> could not make the previews: LibreOffice is not installed,
    /// or it failed or ran out of time.</summary>
    public const int PdfUnavailable = 4;

    /// <summary>The run was cancelled (Ctrl+C), by the shell convention of 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
