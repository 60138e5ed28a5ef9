
namespace PetitionKit.Word.Diagnostics;

/// <summary>How serious a diagnostic is, for a petition, a template or a render alike.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The draft can be made (or was), but the attorney or the template's author must look at this.</summary>
    Warning = 1,

    /// <summary>No draft can be made until this is fixed.</summary>
    Error = 2,
}
