namespace PetitionKit.Deadlines;

/// <summary>What a <see cref="TracFact"/> records, so that a template can word it itself instead of pasting
/// <see cref="TracFact.Text"/>. JSON and templates: the member name in snake_case, <c>facts[i].kind</c>.</summary>
public enum TracFactKind
{
    /// <summary>How long the matter has been pending (factor 1): <see cref="TracFact.Date"/> is the day the delay runs
    /// from, <see cref="TracFact.Days"/> the days since.</summary>
    TimePending = 1,

    /// <summary>The agency's posted processing time (factor 1, and factor 4 once it has passed):
    /// <see cref="TracFact.Date"/> is the day it was checked, <see cref="TracFact.Days"/> the days past it (negative while
    /// it runs).</summary>
    PostedProcessingTime,

    /// <summary>The plaintiff's response to a request for evidence (factor 1: the delay since is not the plaintiff's):
    /// <see cref="TracFact.Date"/> is the day it was delivered.</summary>
    EvidenceResponse,

    /// <summary>A statutory or regulatory period (factor 2): <see cref="TracFact.AuthorityId"/> sets it,
    /// <see cref="TracFact.Date"/> is its last day, <see cref="TracFact.Days"/> the days since; both null when it counts
    /// working days, which PetitionKit does not count.</summary>
    StatutoryClock,

    /// <summary>The 120 days of 8 U.S.C. § 1447(b) (factor 2): <see cref="TracFact.Date"/> is the day it is ripe.</summary>
    NaturalizationPeriod,

    /// <summary>A harm the delay causes: under factor 3 when it touches health, safety or family, and always under
    /// factor 5. <see cref="TracFact.HarmKind"/> says which.</summary>
    Harm,

    /// <summary>A request to expedite (factor 3): a welfare fact and a sign of diligence, never a "competing priority".
    /// <see cref="TracFact.Date"/> is the day it was made.</summary>
    ExpediteRequest,

    /// <summary>The relief asks only for a decision, with no extra prayer item (factor 4: no reordering of the agency's
    /// priorities is sought).</summary>
    DecisionOnlyRelief,

    /// <summary>An inquiry about the delay to the agency, the CIS Ombudsman or a member of Congress (factor 6: the delay
    /// went on although the agency was asked). <see cref="TracFact.Date"/> is the day it was made.</summary>
    Inquiry,
}
