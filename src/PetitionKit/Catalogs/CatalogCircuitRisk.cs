namespace PetitionKit.Catalogs;

/// <summary>The jurisdiction risk a case type carries in a court's circuit, as the catalog sets it.</summary>
/// <param name="CircuitName">The circuit, such as <c>Eleventh Circuit</c>.</param>
/// <param name="IsHigh">Whether the risk is high (controlling or repeated decisions go against the claim).</param>
/// <param name="RiskWord">The risk in a word, such as <c>high</c> or <c>elevated</c>.</param>
/// <param name="Why">The case type's review item that explains the risk, or null when the catalog names none.</param>
internal sealed record CatalogCircuitRisk(string CircuitName, bool IsHigh, string RiskWord, string? Why);
