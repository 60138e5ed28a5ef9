namespace PetitionKit.Model;

/// <summary>A cause of action a complaint may plead (docs/legal-rules.md#claims-and-relief).</summary>
public enum Claim
{
    /// <summary>Agency action unlawfully withheld or unreasonably delayed: 5 U.S.C. § 706(1), with § 555(b).</summary>
    Apa = 1,

    /// <summary>Relief in the nature of mandamus: 28 U.S.C. § 1361.</summary>
    Mandamus,

    /// <summary>A declaratory judgment: 28 U.S.C. § 2201.</summary>
    DeclaratoryJudgment,

    /// <summary>A hearing on a naturalization application undecided 120 days after the examination: 8 U.S.C. § 1447(b).</summary>
    Naturalization1447b,

    /// <summary>The Freedom of Information Act's own cause of action: 5 U.S.C. § 552(a)(4)(B).</summary>
    Foia,
}
