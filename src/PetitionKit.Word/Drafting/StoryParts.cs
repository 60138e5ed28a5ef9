using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Finds every header and footer part a page can show, adding one where a page would show none.</summary>
/// <remarks>ECMA-376 Part 1, §17.10.5: a section without a reference of some type uses the previous section's
/// header or footer of that type; the first section inherits nothing, so its missing ones are blank. A section
/// shows its first-page header only with <c>w:titlePg</c> (§17.6.23), and even-page headers exist only when the
/// settings hold <c>w:evenAndOddHeaders</c> (§17.15.1.35).</remarks>
internal static class StoryParts
{
    /// <summary>The header parts in effect on some page, each once, in the order pages first show them.</summary>
    public static IReadOnlyList<HeaderPart> Headers(MainDocumentPart main, IReadOnlyList<SectionProperties> sections, bool evenAndOdd) =>
        Resolve<HeaderPart, HeaderReference>(main, sections, evenAndOdd, () =>
        {
            var part = main.AddNewPart<HeaderPart>(RelationshipIds.Next(main));
            part.Header = new Header(WordFragment.EmptyHeader);
            return part;
        });

    /// <summary>The footer parts in effect on some page, each once, in the order pages first show them.</summary>
    public static IReadOnlyList<FooterPart> Footers(MainDocumentPart main, IReadOnlyList<SectionProperties> sections, bool evenAndOdd) =>
        Resolve<FooterPart, FooterReference>(main, sections, evenAndOdd, () =>
        {
            var part = main.AddNewPart<FooterPart>(RelationshipIds.Next(main));
            part.Footer = new Footer(WordFragment.EmptyFooter);
            return part;
        });

    private static List<TPart> Resolve<TPart, TReference>(
        MainDocumentPart main, IReadOnlyList<SectionProperties> sections, bool evenAndOdd, Func<TPart> create)
        where TPart : OpenXmlPart
        where TReference : HeaderFooterReferenceType, new()
    {
        var inEffect = new List<TPart>();
        foreach (var type in new[] { HeaderFooterValues.Default, HeaderFooterValues.First, HeaderFooterValues.Even })
        {
            TPart? inherited = null;
            foreach (var section in sections)
            {
                var own = OwnPart<TPart, TReference>(main, section, type);
                var current = own ?? inherited;
                if (current is null && IsShown(section, type, evenAndOdd))
                {
                    current = create();
                    // References come first in w:sectPr (§17.6.17); their order among themselves is free.
                    section.PrependChild(new TReference { Type = type, Id = main.GetIdOfPart(current) });
                }

                if (current is not null && IsShown(section, type, evenAndOdd) && !inEffect.Contains(current))
                {
                    inEffect.Add(current);
                }

                inherited = current;
            }
        }

        return inEffect;
    }

    private static TPart? OwnPart<TPart, TReference>(MainDocumentPart main, SectionProperties section, HeaderFooterValues type)
        where TPart : OpenXmlPart
        where TReference : HeaderFooterReferenceType
    {
        foreach (var reference in section.Elements<TReference>().ToList())
        {
            var referenceType = reference.Type?.Value ?? HeaderFooterValues.Default;
            if (referenceType != type)
            {
                continue;
            }

            if (reference.Id?.Value is { } id && main.TryGetPartById(id, out var part) && part is TPart typed)
            {
                return typed;
            }

            // A reference to no part shows nothing in Word; dropping it lets a marked part take its place.
            reference.Remove();
        }

        return null;
    }

    private static bool IsShown(SectionProperties section, HeaderFooterValues type, bool evenAndOdd)
    {
        if (type == HeaderFooterValues.First)
        {
            return section.GetFirstChild<TitlePage>() is { } titlePage && IsOn(titlePage.Val);
        }

        return type != HeaderFooterValues.Even || evenAndOdd;
    }

    /// <summary>Reads an on/off property the way Word does: present without a value means on.</summary>
    public static bool IsOn(OnOffValue? value) => value?.Value ?? true;
}
