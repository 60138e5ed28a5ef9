using System.Globalization;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Validation;

/// <summary>Exhibit labels are unique and every label a fact cites exists.</summary>
internal static class ExhibitRules
{
    public static void Check(ValidationContext context)
    {
        var petition = context.Petition;
        var labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < petition.Exhibits.Count; i++)
        {
            if (!labels.Add(petition.Exhibits[i].Label.Trim()))
            {
                context.Error(
                    DiagnosticCodes.ExhibitLabelDuplicate,
                    string.Create(CultureInfo.InvariantCulture, $"exhibits[{i}].label"),
                    $"Exhibit label '{petition.Exhibits[i].Label}' is used twice; give each exhibit its own label.");
            }
        }

        Cited(context, labels, petition.Application.ExhibitLabel, "application.exhibit_label");
        for (var i = 0; i < petition.Timeline.Count; i++)
        {
            Cited(context, labels, petition.Timeline[i].ExhibitLabel, string.Create(CultureInfo.InvariantCulture, $"timeline[{i}].exhibit_label"));
        }

        for (var i = 0; i < petition.Harms.Count; i++)
        {
            Cited(context, labels, petition.Harms[i].ExhibitLabel, string.Create(CultureInfo.InvariantCulture, $"harms[{i}].exhibit_label"));
        }

        Cited(context, labels, petition.ProcessingTime?.ExhibitLabel, "processing_time.exhibit_label");
    }

    private static void Cited(ValidationContext context, HashSet<string> labels, string? label, string path)
    {
        if (!string.IsNullOrWhiteSpace(label) && !labels.Contains(label.Trim()))
        {
            context.Error(
                DiagnosticCodes.ExhibitLabelUnknown,
                path,
                $"No exhibit is labelled '{label}'; add it to the exhibits or correct the label.");
        }
    }
}
