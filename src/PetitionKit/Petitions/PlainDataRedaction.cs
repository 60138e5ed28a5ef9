using System.Globalization;
using PetitionKit.Model;
using PetitionKit.Word.Drafting;
using Scriban.Runtime;

namespace PetitionKit.Petitions;

/// <summary>Fed. R. Civ. P. 5.2 for plain JSON data, where no petition model says what a value is: a value whose key
/// names it (<c>ssn</c>, <c>date_of_birth</c>, <c>a_number</c>, in snake, camel or kebab case) is masked as a
/// petition's is before the template sees it: an SSN to its last four digits, a date of birth to its year, an A-number
/// as <see cref="RedactionOptions.Default"/> masks it. Each masked value is a checklist item at its path. A value under
/// any other key is printed as given, and the scan of the draft's text flags what still looks like an identifier.</summary>
internal static class PlainDataRedaction
{
    private enum Kind
    {
        Ssn,
        DateOfBirth,
        ANumber,
    }

    // The names, lower case without separators, as a key is compared with them.
    private static readonly (string Name, Kind Kind)[] Names =
    [
        ("ssn", Kind.Ssn),
        ("socialsecuritynumber", Kind.Ssn),
        ("dateofbirth", Kind.DateOfBirth),
        ("dob", Kind.DateOfBirth),
        ("birthdate", Kind.DateOfBirth),
        ("anumber", Kind.ANumber),
        ("aliennumber", Kind.ANumber),
        ("alienregistrationnumber", Kind.ANumber),
    ];

    /// <summary>Masks the values whose keys name them, in place, and says what it changed.</summary>
    /// <param name="data">The data as the template will read it.</param>
    /// <returns>One checklist item per masked value, at its path.</returns>
    public static IReadOnlyList<ChecklistItem> Apply(ScriptObject data)
    {
        var items = new List<ChecklistItem>();
        Walk(data, string.Empty, items);
        return items;
    }

    private static void Walk(object? value, string path, List<ChecklistItem> items)
    {
        switch (value)
        {
            case ScriptObject obj:
                // Every render of plain data walks it, so a key is matched without allocating, and the object is changed
                // only after the walk over its keys, and only when something is masked.
                List<(string Key, string Masked, Kind Kind)>? changes = null;
                foreach (var (key, member) in obj)
                {
                    if (KindOf(key) is { } kind && member is not null and not ScriptObject and not ScriptArray)
                    {
                        var text = Convert.ToString(member, CultureInfo.InvariantCulture) ?? string.Empty;
                        var masked = Mask(kind, text);
                        if (!string.Equals(masked, text, StringComparison.Ordinal))
                        {
                            (changes ??= []).Add((key, masked, kind));
                        }
                    }
                    else if (member is ScriptObject or ScriptArray)
                    {
                        Walk(member, Join(path, key), items);
                    }
                }

                foreach (var (key, masked, kind) in changes ?? [])
                {
                    obj.SetValue(key, masked, readOnly: false);
                    items.Add(new ChecklistItem(ChecklistCategory.AlteredValue, Note(kind), Reference: Join(path, key)));
                }

                break;
            case ScriptArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), items);
                }

                break;
        }
    }

    private static string Mask(Kind kind, string text)
    {
        switch (kind)
        {
            case Kind.Ssn:
                var digits = new string([.. text.Where(char.IsAsciiDigit)]);
                return digits.Length == 0 ? text : "XXX-XX-" + (digits.Length >= 4 ? digits[^4..] : "XXXX");
            case Kind.DateOfBirth:
                // A date written any way the text scan knows is cut to its year; anything else is left for the scan to flag.
                return DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.Year.ToString(CultureInfo.InvariantCulture)
                    : text;
            default:
                if (Model.ANumber.TryParse(text, out var aNumber))
                {
                    return aNumber.Format(RedactionOptions.Default.ANumberMasking);
                }

                // Not an A-number's shape, but named one: every digit but the last three hidden, as the default mask does.
                var seen = text.Count(char.IsAsciiDigit);
                var index = 0;
                return new string([.. text.Select(c => char.IsAsciiDigit(c) && index++ < seen - 3 ? 'X' : c)]);
        }
    }

    private static string Note(Kind kind) => kind switch
    {
        Kind.Ssn => "Its name says it is a Social Security number: shown as its last four digits only (Fed. R. Civ. P. 5.2(a)(1)).",
        Kind.DateOfBirth => "Its name says it is a date of birth: shown as the year only (Fed. R. Civ. P. 5.2(a)(2)).",
        _ => "Its name says it is an A-number: masked; confirm the court's and the agency's practice before showing more.",
    };

    // The key lower-cased without '_', '-' or ' ', matched against the names. The longest name has 23 letters, so a key
    // of more than 64 characters names none of them, and the copy stays small enough for the stack.
    private static Kind? KindOf(string key)
    {
        if (key.Length > 64)
        {
            return null;
        }

        Span<char> normalized = stackalloc char[key.Length];
        var length = 0;
        foreach (var c in key)
        {
            if (c is not ('_' or '-' or ' '))
            {
                normalized[length++] = char.ToLowerInvariant(c);
            }
        }

        var name = normalized[..length];
        foreach (var (known, kind) in Names)
        {
            if (name.SequenceEqual(known))
            {
                return kind;
            }
        }

        return null;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
