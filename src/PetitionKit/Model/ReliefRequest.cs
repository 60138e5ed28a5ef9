namespace PetitionKit.Model;

/// <summary>The relief the petition asks for. Relief asks the agency to adjudicate (decide), never to approve or issue,
/// except in a § 1447(b) petition, where the court may determine the matter or remand it.
/// JSON and templates: <c>relief</c>.</summary>
public sealed record ReliefRequest
{
    private readonly IReadOnlyList<string>? _requests;

    /// <summary>Gets extra prayer items in the drafter's words, added after the case type's standard ones.
    /// JSON and templates: <c>relief.requests</c>.</summary>
    public IReadOnlyList<string> Requests { get => _requests ?? []; init => _requests = value; }

    /// <summary>Gets the number of days the court is asked to give the agency to decide, such as 30.
    /// JSON and templates: <c>relief.decide_within_days</c>.</summary>
    public int? DecideWithinDays { get; init; }

    /// <summary>Gets a value indicating whether to ask for a declaratory judgment (28 U.S.C. § 2201).
    /// JSON and templates: <c>relief.declaratory_judgment</c>.</summary>
    public bool DeclaratoryJudgment { get; init; }

    /// <summary>Gets a value indicating whether to leave out the usual request for costs and attorney's fees under the Equal
    /// Access to Justice Act, which drafts include by default. JSON and templates: <c>relief.omit_attorney_fees</c>.</summary>
    public bool OmitAttorneyFees { get; init; }

    /// <summary>Gets a value indicating whether a § 1447(b) petition asks the court to determine the matter itself rather than
    /// remand it with instructions, which most courts do and drafts ask for by default.
    /// JSON and templates: <c>relief.determine_matter</c>.</summary>
    public bool DetermineMatter { get; init; }
}
