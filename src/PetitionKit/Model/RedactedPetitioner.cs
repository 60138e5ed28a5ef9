using System.Globalization;
using System.Text;

namespace PetitionKit.Model;

/// <summary>A petitioner as a draft may show them: year of birth, last four SSN digits, a minor by initials, the A-number
/// masked (Fed. R. Civ. P. 5.2(a)). Templates: an item of <c>petitioners</c> in the draft view.</summary>
/// <remarks>Immutable. Raw values appear only when <see cref="RedactionOptions.IncludeRawValues"/> was set.</remarks>
public sealed record RedactedPetitioner
{
    private RedactedPetitioner()
    {
    }

    /// <summary>Gets the name a draft uses: the pseudonym if there is one, a minor's initials, or the full name.
    /// Templates: <c>display_name</c>.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the petitioner's part in the case. Templates: <c>role</c>.</summary>
    public required PetitionerRole Role { get; init; }

    /// <summary>Gets the year of birth. Templates: <c>birth_year</c>.</summary>
    public int? BirthYear { get; init; }

    /// <summary>Gets the last four digits of the SSN. Templates: <c>ssn_last_four</c>.</summary>
    public string? SsnLastFour { get; init; }

    /// <summary>Gets the A-number formatted under the masking policy, such as <c>AXXX-XXX-678</c>; the raw text when it
    /// does not parse is never shown. Templates: <c>a_number</c>.</summary>
    public string? ANumber { get; init; }

    /// <summary>Gets the county of residence, for the civil cover sheet. Templates: <c>county</c>.</summary>
    public string? County { get; init; }

    /// <summary>Gets the state of residence. Templates: <c>state</c>.</summary>
    public string? State { get; init; }

    /// <summary>Gets a value indicating whether the petitioner is a minor. Templates: <c>is_minor</c>.</summary>
    public bool IsMinor { get; init; }

    /// <summary>Gets the full name; null unless raw values were opted in. Templates: <c>raw.name</c>.</summary>
    public string? RawName { get; init; }

    /// <summary>Gets the full date of birth; null unless raw values were opted in. Templates: <c>raw.date_of_birth</c>.</summary>
    public DateOnly? RawDateOfBirth { get; init; }

    /// <summary>Gets the full SSN; null unless raw values were opted in. Templates: <c>raw.ssn</c>.</summary>
    public string? RawSsn { get; init; }

    /// <summary>Makes the redacted view of a petitioner.</summary>
    /// <param name="petitioner">The petitioner.</param>
    /// <param name="options">The redaction policy; <see cref="RedactionOptions.Default"/> when null.</param>
    /// <returns>The redacted view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="petitioner"/> is null.</exception>
    public static RedactedPetitioner Create(Petitioner petitioner, RedactionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(petitioner);
        options ??= RedactionOptions.Default;
        var ssnDigits = petitioner.Ssn is null ? string.Empty : new string([.. petitioner.Ssn.Where(char.IsAsciiDigit)]);
        var raw = options.IncludeRawValues;
        return new RedactedPetitioner
        {
            DisplayName = !string.IsNullOrWhiteSpace(petitioner.Pseudonym) ? petitioner.Pseudonym.Trim()
                : petitioner.IsMinor ? Initials(petitioner.Name)
                : petitioner.Name,
            Role = petitioner.Role,
            BirthYear = petitioner.DateOfBirth?.Year,
            SsnLastFour = ssnDigits.Length >= 4 ? ssnDigits[^4..] : null,
            ANumber = Model.ANumber.TryParse(petitioner.ANumber, out var aNumber) ? aNumber.Format(options.ANumberMasking) : null,
            County = petitioner.Residence?.County,
            State = petitioner.Residence?.State,
            IsMinor = petitioner.IsMinor,
            RawName = raw ? petitioner.Name : null,
            RawDateOfBirth = raw ? petitioner.DateOfBirth : null,
            RawSsn = raw ? petitioner.Ssn : null,
        };
    }

    /// <summary>Returns a name's initials, such as <c>J.M.D.</c> for "Jane Maria Doe"; hyphenated parts count once each.</summary>
    internal static string Initials(string name)
    {
        var initials = new StringBuilder();
        foreach (var part in name.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var letter = part.FirstOrDefault(char.IsLetter);
            if (letter != default)
            {
                initials.Append(char.ToUpper(letter, CultureInfo.InvariantCulture)).Append('.');
            }
        }

        return initials.ToString();
    }
}
