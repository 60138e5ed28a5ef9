using System.Globalization;
using PetitionKit.Model;

namespace PetitionKit.Packets;

/// <summary>Which documents a petition's packet holds, in assembly order, each with what it is drafted for (the defendant
/// a summons is for, the plaintiff a verification is for).</summary>
internal static class PacketPlan
{
    public static IReadOnlyList<PlannedDocument> For(Petition petition, PacketOptions options)
    {
        var plan = new List<PlannedDocument>
        {
            new(new PacketDocument(PacketDocumentKind.Complaint, "01-complaint.docx", petition.CaseType == CaseType.N400PostInterview1447b ? "Petition under 8 U.S.C. § 1447(b)" : "Complaint"), null),
            new(new PacketDocument(PacketDocumentKind.CivilCoverSheetWorksheet, "02-civil-cover-sheet-worksheet.docx", "Civil cover sheet (JS 44) worksheet"), PacketTemplates.CivilCoverSheet),
        };
        var defendants = PacketFacts.Defendants(petition);
        for (var i = 0; i < defendants.Count; i++)
        {
            plan.Add(new(new PacketDocument(PacketDocumentKind.Summons, $"03-summons-{Number(i)}.docx", "Summons (AO 440): " + defendants[i].Title), PacketTemplates.Summons) { Defendant = defendants[i] });
        }

        plan.Add(new(new PacketDocument(PacketDocumentKind.ServicePlan, "04-service-plan.docx", "Service plan under Fed. R. Civ. P. 4(i)"), PacketTemplates.ServicePlan));
        plan.Add(new(new PacketDocument(PacketDocumentKind.ProposedOrder, "05-proposed-order.docx", "Proposed order"), PacketTemplates.ProposedOrder));
        if (options.Verifications)
        {
            // A minor does not sign (the next friend signs the pleading), and an organization declares through an officer
            // the petition does not name: each adult person who is a plaintiff gets one.
            var signers = petition.Petitioners.Select((p, i) => (Petitioner: p, Index: i)).Where(p => !p.Petitioner.IsMinor && p.Petitioner.Organization is null).ToList();
            for (var i = 0; i < signers.Count; i++)
            {
                plan.Add(new(new PacketDocument(PacketDocumentKind.Verification, $"06-verification-{Number(i)}.docx", "Verification under 28 U.S.C. § 1746: " + signers[i].Petitioner.Name), PacketTemplates.Verification) { PetitionerIndex = signers[i].Index });
            }
        }

        if (petition.Exhibits.Count > 0)
        {
            plan.Add(new(new PacketDocument(PacketDocumentKind.ExhibitCoverSheets, "07-exhibit-cover-sheets.docx", "Exhibit cover sheets"), PacketTemplates.ExhibitCoverSheets));
        }

        plan.Add(new(new PacketDocument(PacketDocumentKind.Deadlines, "08-deadlines.docx", "Deadlines after filing"), PacketTemplates.Deadlines));
        return plan;
    }

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
