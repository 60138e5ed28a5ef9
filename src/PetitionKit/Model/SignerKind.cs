namespace PetitionKit.Model;

/// <summary>Who signs the pleading. JSON and templates: the member name in snake_case.</summary>
public enum SignerKind
{
    /// <summary>An attorney of record signs for all petitioners.</summary>
    Attorney = 1,

    /// <summary>Each unrepresented petitioner signs personally; organizations cannot appear pro se.</summary>
    ProSe,
}
