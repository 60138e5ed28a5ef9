
namespace PetitionKit.Word.Rendering;

/// <summary>Set while render data is converted when some object names a key twice.</summary>
internal sealed class DuplicateKeyFlag
{
    public bool Found { get; set; }
}
