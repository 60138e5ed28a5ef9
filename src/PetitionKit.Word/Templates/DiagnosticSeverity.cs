namespace PetitionKit.Templates;

/// <summary>How serious a template diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The draft was written, but something in it needs a look.</summary>
    Warning = 1,

    /// <summary>No draft can be written until this is fixed.</summary>
    Error = 2,
}
