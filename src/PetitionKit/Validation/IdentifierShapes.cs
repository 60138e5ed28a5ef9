using System.Buffers;

namespace PetitionKit.Validation;

/// <summary>A cheap look at a text's runs of digits that tells whether it could hold an SSN or an account number at
/// all, so the privacy scan runs those patterns only when it could. Errs towards yes: a yes costs a regex pass, a
/// wrong no would hide an identifier.</summary>
/// <remarks>Both patterns start at a run of digits not preceded by a word character or a hyphen. Digits are Unicode
/// decimal digits, as the patterns' <c>\d</c> is; a non-ASCII character before a run is taken as not a word
/// character.</remarks>
internal readonly record struct IdentifierShapes(bool MaySsn, bool MayAccount)
{
    private static readonly SearchValues<char> AsciiNonDigits = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiDigit(c))));

    public static IdentifierShapes Read(ReadOnlySpan<char> text)
    {
        var (maySsn, mayAccount) = (false, false);
        var index = 0;
        while (index < text.Length && !(maySsn && mayAccount))
        {
            // The next ASCII digit or non-ASCII character, found by a vectorised search.
            var next = text[index..].IndexOfAnyExcept(AsciiNonDigits);
            if (next < 0)
            {
                break;
            }

            var start = index + next;
            var length = RunLength(text[start..]);
            if (length == 0)
            {
                index = start + 1;
                continue;
            }

            if (start == 0 || !IsWordOrHyphen(text[start - 1]))
            {
                var after = text[(start + length)..];
                maySsn |= length == 9 || (length == 3 && after.Length > 1 && (after[0] is '-' or ' ') && RunLength(after[1..]) == 2);
                mayAccount |= length >= 10 || (length == 4 && after.Length > 1 && (after[0] is '-' or ' ') && char.IsDigit(after[1]));
            }

            index = start + length;
        }

        return new IdentifierShapes(maySsn, mayAccount);
    }

    private static int RunLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsDigit(text[length]))
        {
            length++;
        }

        return length;
    }

    private static bool IsWordOrHyphen(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
