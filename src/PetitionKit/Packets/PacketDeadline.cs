namespace PetitionKit.Packets;

/// <summary>A deadline that runs once the complaint is filed and served: what is due, the rule that sets it, and the day
/// it falls on when the day it counts from was given (never a guessed date).</summary>
/// <param name="Event">What is due, such as <c>Serve every defendant</c>.</param>
/// <param name="Rule">The rule or statute, as cited, such as <c>Fed. R. Civ. P. 4(m)</c>.</param>
/// <param name="Days">How many days.</param>
/// <param name="CountedFrom">What the days run from, such as <c>filing</c> or <c>service on the United States attorney</c>.</param>
/// <param name="Due">The plain count of calendar days from the day given, or <see langword="null"/> when that day was not
/// given (<see cref="PacketOptions.FiledOn"/>, <see cref="PacketOptions.ServedOn"/>).</param>
public sealed record PacketDeadline(string Event, string Rule, int Days, string CountedFrom, DateOnly? Due);
