namespace PetitionKit.Validation;

/// <summary>Text that looks like an identifier a filing may not show in full. The finding never repeats the value.</summary>
/// <param name="Kind">What it looks like.</param>
/// <param name="Start">Where it starts in the scanned text (0-based, in UTF-16 code units).</param>
/// <param name="Length">How long it is.</param>
/// <param name="Message">What to do, in plain words.</param>
internal sealed record PrivacyFinding(PrivacyFindingKind Kind, int Start, int Length, string Message);
