using System.Globalization;
using PetitionKit.Word.Drafting;

namespace PetitionKit.Word;

/// <summary>How one render runs: its date, culture, strictness and limits.</summary>
/// <remarks>Immutable; derive variants with a <see langword="with"/> expression. Safe to share between threads.</remarks>
public sealed record RenderOptions
{
    /// <summary>Gets the options used when none are given: today's UTC date from the system clock, U.S. English, lenient.</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>Gets the date the draft speaks as of. When absent, it is read once from <see cref="Clock"/>, in UTC,
    /// and recorded in the report and the draft's footer. Templates: <c>draft.as_of</c>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Gets the clock read when <see cref="AsOf"/> is absent; the only way time enters a render.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the culture used to format numbers and dates in values; U.S. English by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Gets a value indicating whether a missing value is an error (PK3001) instead of a visible placeholder.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the limits that keep a template from elsewhere from running away.</summary>
    public RenderLimits Limits { get; init; } = RenderLimits.Default;

    /// <summary>Gets where the attorney review checklist goes: the draft's last section (the default), or a separate
    /// document written with <see cref="Templates.WordTemplate.WriteChecklistAsync(RenderReport, Stream, Drafting.IReviewMarks, CancellationToken)"/>. It can be moved, never dropped: it is also
    /// in <see cref="RenderReport.Checklist"/>, and a draft whose checklist is separate says so where the checklist would be.</summary>
    public ChecklistPlacement ChecklistPlacement { get; init; } = ChecklistPlacement.Appendix;

    /// <summary>Gets a value indicating whether the render checks the text it read as it wrote (what a caller's text
    /// scan reads) against the text read back from the finished XML, and fails on any difference. The test suite's
    /// renders turn it on; it costs a second read of every part.</summary>
    internal bool VerifyTextProjection { get; init; }

    /// <summary>Resolves the render's date: the one place a date enters a render.</summary>
    internal DateOnly ResolveAsOf() => AsOf ?? DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
}
