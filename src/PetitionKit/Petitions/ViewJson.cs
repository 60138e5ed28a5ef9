namespace PetitionKit.Petitions;

/// <summary>What the view adds to a petition (analysis and catalog entries) as template objects, named by the metadata of
/// <see cref="ViewJsonContext"/>: snake_case, enums as snake_case words, nulls kept. The variable reference and the
/// template check read the same metadata (<see cref="JsonShape"/>).</summary>
internal static class ViewJson
{
    public static object? ToScript<T>(T value) =>
        ScriptRecords.ToScript(value, ViewJsonContext.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{nameof(ViewJsonContext)} has no metadata for {typeof(T).Name}."));
}
