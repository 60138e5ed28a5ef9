using DocumentFormat.OpenXml.Packaging;

namespace PetitionKit.Drafting;

internal static class DraftMarker
{
    public static void Apply(WordprocessingDocument document, DraftMarking marking, TemplateIdentity identity)
    {
        _ = document;
        _ = marking;
        _ = identity;
    }
}
