using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Warns when the court's circuit is hostile to the case type, naming the risk from the catalog (I-485 in the
/// Third, Fifth, Eighth or Eleventh Circuit is high, the First elevated; docs/legal-rules.md#warnings-before-a-weak-claim).</summary>
internal static class CircuitRiskRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        if (!Enum.IsDefined(petition.CaseType)
            || context.Catalog.FindCircuitRisk(petition.CaseType, petition.Court.CourtId.Trim().ToLowerInvariant()) is not { } risk)
        {
            return;
        }

        var form = string.IsNullOrWhiteSpace(petition.Application.Form) ? "This case type" : petition.Application.Form.Trim();
        var why = risk.Why is null ? " Check the circuit's current law before filing." : " " + risk.Why;
        context.Warning(
            DiagnosticCodes.CircuitRisk,
            "court.court_id",
            $"{form} in the {risk.CircuitName}: jurisdiction risk {risk.RiskWord}.{why}");
    }
}
