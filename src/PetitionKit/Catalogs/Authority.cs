namespace PetitionKit.Catalogs;

/// <summary>One authority a template or checklist may cite, carried from the domain files with its tag and source.</summary>
/// <remarks>Immutable. Only authorities listed in the domain files are carried; nothing is cited from memory.</remarks>
public sealed record Authority
{
    /// <summary>Gets the stable kebab-case id, such as <c>28-usc-1361</c>, <c>5-usc-706-1</c> or <c>trac</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the citation exactly as the domain files give it, such as <c>5 U.S.C. § 706(1)</c>.</summary>
    public required string Citation { get; init; }

    /// <summary>Gets a short name for checklists, such as <c>TRAC</c> or <c>§ 1447(b)</c>.</summary>
    public required string ShortName { get; init; }

    /// <summary>Gets what sort of law this is.</summary>
    public required AuthorityKind Kind { get; init; }

    /// <summary>Gets how far the citation as written (name, reporter cite, court and year) was checked.</summary>
    public required VerificationStatus Verification { get; init; }

    /// <summary>Gets the weaker status of the quoted wording, holding or pin cite, when it is weaker than
    /// <see cref="Verification"/>; otherwise <see langword="null"/>.</summary>
    public VerificationStatus? ContentVerification { get; init; }

    /// <summary>Gets where the authority was checked, as the domain files name it.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the date the domain files give for this entry's check, or <see langword="null"/> when they give none
    /// (then <see cref="AuthorityCatalog.VerifiedOn"/> applies).</summary>
    public DateOnly? VerifiedOn { get; init; }

    /// <summary>Gets what a template must know: what never to say about it, corrections and subsequent history.</summary>
    public string? Note { get; init; }

    /// <summary>Gets what the authority does for the duty to decide when a petition lists it among its duty sources;
    /// <see cref="DutySourceRole.Duty"/> unless the domain files say the provision grants discretion or creates no right.</summary>
    public DutySourceRole DutyRole { get => Enum.IsDefined(_dutyRole) ? _dutyRole : DutySourceRole.Duty; init => _dutyRole = value; }

    // The JSON reader sets every init-only property, so an entry without "dutyRole" arrives as zero, which means Duty.
    private readonly DutySourceRole _dutyRole;
}
