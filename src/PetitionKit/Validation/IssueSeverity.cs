namespace PetitionKit.Validation;

/// <summary>How serious a validation issue is.</summary>
public enum IssueSeverity
{
    /// <summary>The draft can be made, but the attorney must look at this.</summary>
    Warning = 1,

    /// <summary>The petition cannot be drafted until this is fixed.</summary>
    Error = 2,
}
