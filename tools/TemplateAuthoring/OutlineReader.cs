namespace TemplateAuthoring;

/// <summary>Reads the outline language: "CODE text" per paragraph; '#' starts a comment; blank lines are ignored.</summary>
internal static class OutlineReader
{
    public static IReadOnlyList<Line> Read(IEnumerable<string> lines)
    {
        var result = new List<Line>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            result.Add(space < 0 ? new Line(line, string.Empty) : new Line(line[..space], line[(space + 1)..]));
        }

        return result;
    }
}
