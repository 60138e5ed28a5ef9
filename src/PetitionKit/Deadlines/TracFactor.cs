namespace PetitionKit.Deadlines;

/// <summary>A factor of the unreasonable-delay test of <i>Telecommunications Research &amp; Action Center v. FCC</i>, 750
/// F.2d 70, 80 (D.C. Cir. 1984), with the petition's facts that bear on it. The factor's wording is verified only in
/// secondary sources, so <see cref="Label"/> is a short name, never pleading text. Templates: an item of <c>analysis.trac</c>.</summary>
/// <param name="Number">The factor's number, 1 to 6. Templates: <c>number</c>.</param>
/// <param name="Label">A short name, such as "statutory timetable". Templates: <c>label</c>.</param>
/// <param name="Facts">The facts that bear on it; empty when the petition has none. Templates: <c>facts</c>.</param>
public sealed record TracFactor(int Number, string Label, IReadOnlyList<TracFact> Facts);
