namespace PetitionKit.Packets;

/// <summary>The kinds of document a filing packet holds (docs/legal-rules.md#the-filing-packet), in the order an attorney assembles them.</summary>
public enum PacketDocumentKind
{
    /// <summary>The complaint (or § 1447(b) petition), as <see cref="PetitionDrafter.DraftAsync"/> writes it.</summary>
    Complaint = 0,

    /// <summary>A worksheet of the JS 44 civil cover sheet's data, one line per box, to copy into the official form.</summary>
    CivilCoverSheetWorksheet,

    /// <summary>The AO 440 summons data for one defendant.</summary>
    Summons,

    /// <summary>The plan for serving the United States, its agencies and officers under Fed. R. Civ. P. 4(i).</summary>
    ServicePlan,

    /// <summary>A proposed order granting the relief the complaint asks for.</summary>
    ProposedOrder,

    /// <summary>A declaration under 28 U.S.C. § 1746 verifying the complaint, for one plaintiff who signs it.</summary>
    Verification,

    /// <summary>One cover sheet per exhibit, in the complaint's exhibit order.</summary>
    ExhibitCoverSheets,

    /// <summary>The deadlines after filing: service (Fed. R. Civ. P. 4(m)) and the answer, each with its rule.</summary>
    Deadlines,
}
