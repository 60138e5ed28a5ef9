using System.Runtime.CompilerServices;
using PetitionKit.Word.Rendering;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Checks the engine makes on every render the tests run, beyond what each test asserts.</summary>
internal static class EngineChecks
{
    /// <summary>Every render compares the text it read while writing (what the privacy scan reads) with the text read
    /// back from the finished XML, and fails on any difference.</summary>
    [ModuleInitializer]
    internal static void TurnOn() => TemplateRenderer.VerifyTextProjection = true;
}
