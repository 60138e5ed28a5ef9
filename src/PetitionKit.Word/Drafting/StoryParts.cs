using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Finds every header and footer part a page can show, adding one where a page would show none.</summary>
/// <remarks>ECMA-376 Part 1, §17.10.5: a section without a reference of some type uses the previous section's
/// header or footer of that type; the first section inherits nothing, so its missing ones are blank. A section
/// shows its first-page header only with <c>w:titlePg</c> (§17.6.23), and even-page headers exist only when the
/// settings hold <c>w:evenAndOddHeaders</c> (§17.15.1.35). The sections are read from the main document's text
/// (<see cref="MainDocumentText"/>); the parts are the Open XML SDK's, never loaded here.</remarks>
internal static class StoryParts
{
    private static readonly string[] Types = ["default", "first", "even"];

    /// <summary>The header parts in effect on some page, each once, in the order pages first show them.</summary>
    public static IReadOnlyList<HeaderPart> Headers(MainDocumentPart main, MainDocumentText document, bool evenAndOdd) =>
        Resolve(main, document, header: true, evenAndOdd, () =>
        {
            var part = main.AddNewPart<HeaderPart>(RelationshipIds.Next(main));
            part.Header = new Header(WordFragment.EmptyHeader);
            return part;
        });

    /// <summary>The footer parts in effect on some page, each once, in the order pages first show them.</summary>
    public static IReadOnlyList<FooterPart> Footers(MainDocumentPart main, MainDocumentText document, bool evenAndOdd) =>
        Resolve(main, document, header: false, evenAndOdd, () =>
        {
            var part = main.AddNewPart<FooterPart>(RelationshipIds.Next(main));
            part.Footer = new Footer(WordFragment.EmptyFooter);
            return part;
        });

    /// <summary>Reads an on/off value the way Word does (§17.17.4): present without a value means on.</summary>
    public static bool IsOn(string? value) => value is not ("0" or "false" or "off");

    private static List<TPart> Resolve<TPart>(MainDocumentPart main, MainDocumentText document, bool header, bool evenAndOdd, Func<TPart> create)
        where TPart : OpenXmlPart
    {
        var inEffect = new List<TPart>();
        foreach (var type in Types)
        {
            TPart? inherited = null;
            foreach (var section in document.Sections)
            {
                var own = OwnPart<TPart>(main, document, section, header, type);
                var current = own ?? inherited;
                if (current is null && IsShown(section, type, evenAndOdd))
                {
                    current = create();
                    // References come first in w:sectPr (§17.6.17); their order among themselves is free.
                    MainDocumentText.Prepend(section, header, type, main.GetIdOfPart(current));
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

    private static TPart? OwnPart<TPart>(MainDocumentPart main, MainDocumentText document, SectionMarkup section, bool header, string type)
        where TPart : OpenXmlPart
    {
        foreach (var reference in section.References.Where(r => r.Header == header && !r.Removed && string.Equals(r.Type, type, StringComparison.Ordinal)).ToList())
        {
            if (reference.Id is { } id && main.TryGetPartById(id, out var part) && part is TPart typed)
            {
                return typed;
            }

            // A reference to no part shows nothing in Word; dropping it lets a marked part take its place.
            document.Remove(reference);
        }

        return null;
    }

    private static bool IsShown(SectionMarkup section, string type, bool evenAndOdd) => type switch
    {
        "first" => section.TitlePage ?? false,
        "even" => evenAndOdd,
        _ => true,
    };
}
