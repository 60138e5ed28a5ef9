
namespace PetitionKit.Word;

/// <summary>The base of every problem PetitionKit reports about its inputs: a template, data or a petition.</summary>
/// <remarks>Callers can catch it; only PetitionKit derives from it.</remarks>
public abstract class PetitionKitException : Exception
{
    private protected PetitionKitException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
