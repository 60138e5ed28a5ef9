
namespace PetitionKit.Word.Checking;

/// <summary>The kinds of <see cref="DataShape"/>.</summary>
internal enum ShapeKind
{
    /// <summary>Anything: members and items are not checked.</summary>
    Any,

    /// <summary>A value: text, a number, a date, true/false or an enum word.</summary>
    Value,

    /// <summary>An object with named members.</summary>
    Object,

    /// <summary>A list whose items share one shape.</summary>
    List,

    /// <summary>A function a tag may call.</summary>
    Function,
}
