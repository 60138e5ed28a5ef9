namespace PetitionKit.Cli.Io;

/// <summary>Every file one command run reads and writes, each named by the option or record that gives it, checked
/// before anything is written: no output may overwrite an input or another output.</summary>
/// <remarks>Names are compared ignoring case on every system: on Windows and macOS such names are one file, and a set
/// of drafts made on Linux and copied there later would silently lose one of them.</remarks>
internal sealed class OutputPlan
{
    private readonly Dictionary<string, Entry> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<OutputProblem> _problems = [];

    /// <summary>Gets every problem found so far, in the order the files were named.</summary>
    public IReadOnlyList<OutputProblem> Problems => _problems;

    /// <summary>Names a file the run reads, such as <c>--template</c>; an option not given (null) is passed over.</summary>
    public OutputPlan Input(string label, string? path) => Add(label, path, isInput: true);

    /// <summary>Names a file the run writes, such as <c>--report</c> or <c>the draft of garcia.json</c>; an option not
    /// given (null) is passed over.</summary>
    public OutputPlan Output(string label, string? path) => Add(label, path, isInput: false);

    /// <summary>Prints every problem as a usage error, all together.</summary>
    /// <returns>Whether there was any, so that the run must stop before reading or writing anything.</returns>
    public bool Refused(TextWriter error)
    {
        ErrorPrinter.Write(error, _problems.Select(problem => ErrorPrinter.UsageError(problem.Message)));
        return _problems.Count > 0;
    }

    private OutputPlan Add(string label, string? path, bool isInput)
    {
        if (path is not null)
        {
            Add(new Entry(label, path, isInput));
        }

        return this;
    }

    private void Add(Entry entry)
    {
        // An empty name or one with a NUL names no file at all; an input of that kind is reported when it is read.
        if (entry.Path.Trim().Length == 0 || entry.Path.Contains('\0', StringComparison.Ordinal))
        {
            if (!entry.IsInput)
            {
                _problems.Add(new OutputProblem(entry.Label, entry.Path, null, $"{entry.Label} '{entry.Path}' is not a file name; choose another name."));
            }

            return;
        }

        if (!entry.IsInput && Unwritable(entry.Path) is { } what)
        {
            _problems.Add(new OutputProblem(entry.Label, entry.Path, null, $"{entry.Label} '{entry.Path}' {what}; choose another name."));
        }

        var full = Path.GetFullPath(entry.Path);
        if (!_byPath.TryGetValue(full, out var earlier))
        {
            _byPath.Add(full, entry);
            return;
        }

        // An input read twice is harmless; an output over anything else is not, whichever was named first.
        if (!entry.IsInput || !earlier.IsInput)
        {
            var (output, other) = entry.IsInput ? (earlier, entry) : (entry, earlier);
            _problems.Add(new OutputProblem(output.Label, output.Path, other.Label, Collision(output, other)));
        }
    }

    /// <summary>Says why an output may not go to the path, or null when it may: nothing is there yet, or a regular file
    /// that the finished output replaces. Replacing anything else would turn a link, a pipe or a device into a plain
    /// file and report success; writing through a link would write where the command line does not say.</summary>
    private static string? Unwritable(string path)
    {
        if (string.Equals(path, "-", StringComparison.Ordinal))
        {
            return "names standard output, which PetitionKit does not write to";
        }

        return PathKind.NotARegularFile(path) is { } kind
            ? $"is {kind}, not a regular file: an output may only replace a regular file or make a new one"
            : null;
    }

    private static string Collision(Entry output, Entry other)
    {
        var input = other.IsInput ? "the input " : string.Empty;
        var onlyCase = string.Equals(Path.GetFullPath(output.Path), Path.GetFullPath(other.Path), StringComparison.Ordinal)
            ? string.Empty
            : " (names that differ only in case are one file on Windows and macOS)";
        return $"{output.Label} '{output.Path}' would overwrite {input}{other.Label} '{other.Path}'{onlyCase}; choose another name.";
    }

    private sealed record Entry(string Label, string Path, bool IsInput);
}
