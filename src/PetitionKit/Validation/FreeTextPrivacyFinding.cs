namespace PetitionKit.Validation;

/// <summary>A value in free text that a filing may not show in full; the finding never repeats the value.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Start">Where it starts in the text (0-based, in UTF-16 code units).</param>
/// <param name="Length">How long it is.</param>
/// <param name="Minor">For a minor's name, the index of that petitioner; otherwise -1.</param>
internal readonly record struct FreeTextPrivacyFinding(FreeTextPrivacyKind Kind, int Start, int Length, int Minor = -1);
