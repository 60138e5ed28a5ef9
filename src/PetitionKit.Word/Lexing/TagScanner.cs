
namespace PetitionKit.Word.Lexing;

/// <summary>Finds <c>{{ … }}</c> tags in a paragraph's concatenated text, quotes respected.</summary>
internal static class TagScanner
{
    /// <summary>A tag's span in the text: <paramref name="Start"/> at its first brace, <paramref name="End"/> past its last.</summary>
    public readonly record struct Span(int Start, int End);

    /// <summary>Straightens Word's smart quotes, one character for one, so offsets stay put.</summary>
    public static string StraightenQuotes(string text) =>
        text.Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u2018', '\'').Replace('\u2019', '\'');

    /// <summary>Returns the tags found and the offset of an opening <c>{{</c> that never closes, or -1.</summary>
    public static (List<Span> Tags, int Unclosed) Scan(string text)
    {
        var straight = StraightenQuotes(text);
        var tags = new List<Span>();
        var index = 0;
        while (true)
        {
            var start = straight.IndexOf("{{", index, StringComparison.Ordinal);
            if (start < 0)
            {
                return (tags, -1);
            }

            var close = FindClose(straight, start + 2);
            if (close < 0)
            {
                return (tags, start);
            }

            tags.Add(new Span(start, close + 2));
            index = close + 2;
        }
    }

    private static int FindClose(string text, int from)
    {
        var quote = '\0';
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote != '`')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' or '`')
            {
                quote = c;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                return i;
            }
        }

        // An apostrophe typed as text inside a tag can open a false quote; retry without quote tracking.
        var plain = text.IndexOf("}}", from, StringComparison.Ordinal);
        return plain;
    }
}
