using PetitionKit.Word.Diagnostics;
using PetitionKit.Word.Templates;

namespace PetitionKit.Word.Loading;

/// <summary>Builds the diagnostics for a package that cannot be read at all.</summary>
internal static class TemplateLoadError
{
    public static TemplateException Create(string templateName, string code, string message, string partUri = "", Exception? inner = null)
    {
        var diagnostic = new Diagnostic(
            code, DiagnosticSeverity.Error, new TemplateLocation(templateName, partUri, 0, 0), message, string.Empty, string.Empty);
        return new TemplateException([diagnostic], inner);
    }
}
