
namespace PetitionKit.Word.Lexing;

/// <summary>What a tag does, which decides how its placement is read.</summary>
internal enum TagKind
{
    /// <summary>Writes a value: <c>{{ petitioner.name }}</c>.</summary>
    Value,

    /// <summary>Writes nothing: an assignment or a review item. Alone in a paragraph, the paragraph goes.</summary>
    Silent,

    /// <summary>Opens a block: <c>for</c>, <c>if</c>, <c>while</c>, <c>case</c>, <c>with</c>, <c>capture</c>.</summary>
    Open,

    /// <summary>Divides a block: <c>else</c>, <c>else if</c>, <c>when</c>.</summary>
    Middle,

    /// <summary>Closes a block: <c>end</c>.</summary>
    End,
}
