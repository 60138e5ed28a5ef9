using PetitionKit.Cli.Io;

namespace PetitionKit.Cli.Commands;

/// <summary>Finds a batch's data files (every visible *.json file in the folder), in ordinal name order so the run and its summary are the same on every machine.</summary>
internal static class BatchFiles
{
    public static IReadOnlyList<string> Find(string folder, out string? error)
    {
        error = null;
        if (!Directory.Exists(folder))
        {
            error = ErrorPrinter.FileError(folder, File.Exists(folder) ? "this is a file; give the folder of .json data files." : "the folder does not exist.");
            return [];
        }

        try
        {
            return Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly)
                .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))

                // Hidden files are never records: a copy's ._name.json (macOS), an editor's backup, a temporary.
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception ex) when (FileErrors.IsFileProblem(ex))
        {
            error = ErrorPrinter.FileError(folder, FileErrors.DescribeRead(ex));
            return [];
        }
    }
}
