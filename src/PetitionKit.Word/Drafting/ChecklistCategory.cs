
namespace PetitionKit.Word.Drafting;

/// <summary>The group an attorney review checklist item is listed under.</summary>
public enum ChecklistCategory
{
    /// <summary>A fact the template asks for that the data did not give; the draft shows a placeholder.</summary>
    MissingFact = 0,

    /// <summary>A value the renderer changed, such as a date of birth reduced to its year (Fed. R. Civ. P. 5.2).</summary>
    AlteredValue = 1,

    /// <summary>Something the template's author asked the reviewer to look at.</summary>
    TemplateItem = 2,

    /// <summary>An authority cited in the draft that must be verified before filing.</summary>
    Citation = 3,

    /// <summary>A legal or practical risk the reviewer should weigh.</summary>
    Risk = 4,

    /// <summary>A date to calendar or confirm.</summary>
    Deadline = 5,

    /// <summary>Something to check for privacy: redactions, minors, protected information.</summary>
    Privacy = 6,

    /// <summary>A blocker or high risk to settle before filing: listed first, under "Before you file".</summary>
    BeforeYouFile = 7,
}
