namespace PetitionKit.Catalogs;

/// <summary>What an authority listed among a petition's duty sources does for the duty to decide, so a draft never
/// pleads a provision as the source of a duty that the provision itself disclaims.</summary>
public enum DutySourceRole
{
    /// <summary>The authority imposes or evidences the duty to decide; the draft pleads that the duty arises under it.</summary>
    Duty = 1,

    /// <summary>The authority commits the grant of the benefit to the agency's discretion, such as 8 U.S.C. § 1255(a)
    /// ("in his discretion"): the draft names it as the benefit's basis and says the petition asks for a decision, not a
    /// grant, because pleading it as the duty's source invites the 8 U.S.C. § 1252(a)(2)(B)(ii) argument.</summary>
    DiscretionOverOutcome,

    /// <summary>The authority sets a timetable that creates no enforceable right, such as the asylum timetables that
    /// 8 U.S.C. § 1158(d)(7) qualifies: the draft pleads it as a statutory period under the second TRAC factor, never as
    /// the duty's source.</summary>
    Timetable,

    /// <summary>The authority gives the court the power to compel action, such as 5 U.S.C. § 706(1) ("The reviewing court
    /// shall— (1) compel agency action unlawfully withheld or unreasonably delayed"): it creates no duty of the agency's
    /// own, so the draft cites it for the remedy, never as the duty's source.</summary>
    Remedy,
}
