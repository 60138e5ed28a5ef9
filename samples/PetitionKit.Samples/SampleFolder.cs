namespace PetitionKit.Samples;

/// <summary>Finds the samples folder from wherever the program runs: the repository's, or the copy beside the binary.</summary>
public static class SampleFolder
{
    /// <summary>Returns the samples folder's full path.</summary>
    public static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples");
            if (Directory.Exists(Path.Combine(candidate, "templates")))
            {
                return candidate;
            }
        }

        var current = Path.Combine(Directory.GetCurrentDirectory(), "samples");
        return Directory.Exists(current) ? current : throw new DirectoryNotFoundException("The samples folder (with templates/ and data/) was not found.");
    }
}
