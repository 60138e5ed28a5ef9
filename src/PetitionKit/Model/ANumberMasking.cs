namespace PetitionKit.Model;

/// <summary>How much of an A-number a draft shows. Fed. R. Civ. P. 5.2(a) does not list A-numbers, but its 2007 Committee
/// Note names them as information that may need protection, so drafts mask by default (legal brief §3.2).</summary>
public enum ANumberMasking
{
    /// <summary>Show only the last three digits, such as <c>AXXX-XXX-678</c>; the default.</summary>
    LastThree = 1,

    /// <summary>Show the last four digits, such as <c>AXXX-XX5-678</c>.</summary>
    LastFour,

    /// <summary>Show the whole number. Only where the attorney has chosen to, for example in a caption.</summary>
    Full,
}
