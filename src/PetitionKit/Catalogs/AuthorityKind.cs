namespace PetitionKit.Catalogs;

/// <summary>What sort of law an <see cref="Authority"/> is.</summary>
public enum AuthorityKind
{
    /// <summary>A section of the United States Code.</summary>
    Statute = 1,

    /// <summary>A section of the Code of Federal Regulations.</summary>
    Regulation,

    /// <summary>A Federal Rule of Civil Procedure.</summary>
    Rule,

    /// <summary>A court decision.</summary>
    Case,

    /// <summary>Agency guidance, such as the Foreign Affairs Manual.</summary>
    AgencyGuidance,
}
