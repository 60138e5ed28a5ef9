namespace PetitionKit.Cli.Io;

/// <summary>Why one output of a run cannot be written where it was asked to go.</summary>
/// <param name="Label">The option or record that names the output.</param>
/// <param name="Path">The output's path as given.</param>
/// <param name="OtherLabel">The option or record the output collides with, or null when the problem is the output's alone.</param>
/// <param name="Message">The whole message, naming the option and the path.</param>
internal sealed record OutputProblem(string Label, string Path, string? OtherLabel, string Message);
