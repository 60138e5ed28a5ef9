using System.Text;

namespace PetitionKit.Tests.GoldenText;

/// <summary>Compares text with an approved file; <c>PETITIONKIT_ACCEPT=1 dotnet test</c> rewrites the file instead, and the
/// diff is then reviewed like any change to a pleading.</summary>
public static class Golden
{
    public static bool Accepting => string.Equals(Environment.GetEnvironmentVariable("PETITIONKIT_ACCEPT"), "1", StringComparison.Ordinal);

    public static void Verify(string actual, string approvedPath)
    {
        if (Accepting)
        {
            File.WriteAllText(approvedPath, actual);
            return;
        }

        File.Exists(approvedPath).Should().BeTrue($"{approvedPath} is the approved text; run PETITIONKIT_ACCEPT=1 dotnet test and review the diff");
        var approved = File.ReadAllText(approvedPath).ReplaceLineEndings("\n");
        if (!string.Equals(approved, actual, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"{approvedPath} differs from the draft (run PETITIONKIT_ACCEPT=1 dotnet test and review the diff):\n{FirstDifferences(approved, actual)}");
        }
    }

    // The first few differing lines, each with its number, so a failure reads like a diff.
    private static string FirstDifferences(string approved, string actual)
    {
        var expectedLines = approved.Split('\n');
        var actualLines = actual.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length) && shown < 8; i++)
        {
            var expected = i < expectedLines.Length ? expectedLines[i] : "(no line)";
            var got = i < actualLines.Length ? actualLines[i] : "(no line)";
            if (!string.Equals(expected, got, StringComparison.Ordinal))
            {
                text.Append("line ").Append(i + 1).Append(":\n  - ").Append(expected).Append("\n  + ").Append(got).Append('\n');
                shown++;
            }
        }

        return text.ToString();
    }
}
