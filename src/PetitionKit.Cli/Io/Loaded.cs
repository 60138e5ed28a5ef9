namespace PetitionKit.Cli.Io;

/// <summary>An input that was read, or the errors that kept it from being read, so a command can report every bad
/// input together instead of stopping at the first.</summary>
/// <typeparam name="T">What was read.</typeparam>
/// <param name="Value">What was read, or null when <see cref="Errors"/> is not empty.</param>
/// <param name="Errors">One compiler-style line per problem.</param>
internal sealed record Loaded<T>(T? Value, IReadOnlyList<string> Errors)
    where T : class
{
    public static Loaded<T> Success(T value) => new(value, []);

    public static Loaded<T> Failure(IEnumerable<string> errors) => new(null, errors.ToList());

    public static Loaded<T> Failure(string error) => new(null, [error]);
}
