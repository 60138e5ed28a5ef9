using PetitionKit.Word.Packaging;
using PetitionKit.Word.WordXml;

namespace PetitionKit.Word.Drafting;

/// <summary>Finds every header and footer part a page can show, adding one where a page would show none.</summary>
/// <remarks>ECMA-376 Part 1, §17.10.5: a section without a reference of some type uses the previous section's
/// header or footer of that type; the first section inherits nothing, so its missing ones are blank. A section
/// shows its first-page header only with <c>w:titlePg</c> (§17.6.23), and even-page headers exist only when the
/// settings hold <c>w:evenAndOddHeaders</c> (§17.15.1.35). The sections are read from the main document's text
/// (<see cref="MainDocumentText"/>), the parts from the package's relationships.</remarks>
internal sealed class StoryParts(PackageParts package, string main, MainDocumentText document, bool evenAndOdd)
{
    private static readonly string[] Types = ["default", "first", "even"];

    private readonly string _folder = main.Contains('/', StringComparison.Ordinal) ? main[..(main.LastIndexOf('/') + 1)] : string.Empty;

    /// <summary>Reads an on/off value the way Word does (§17.17.4): present without a value means on.</summary>
    public static bool IsOn(string? value) => value is not ("0" or "false" or "off");

    /// <summary>The header parts in effect on some page, each once, in the order pages first show them.</summary>
    public IReadOnlyList<string> Headers() =>
        Resolve(header: true, PartTypes.Header, PartTypes.HeaderContent, WordFragment.EmptyHeader);

    /// <summary>The footer parts in effect on some page, each once, in the order pages first show them.</summary>
    public IReadOnlyList<string> Footers() =>
        Resolve(header: false, PartTypes.Footer, PartTypes.FooterContent, WordFragment.EmptyFooter);

    private List<string> Resolve(bool header, string relationshipType, string contentType, string emptyRoot)
    {
        var inEffect = new List<string>();
        foreach (var type in Types)
        {
            string? inherited = null;
            foreach (var section in document.Sections)
            {
                var own = OwnPart(section, header, type, relationshipType, contentType);
                var current = own ?? inherited;
                if (current is null && IsShown(section, type))
                {
                    // Named header1.xml, footer1.xml… beside the main document, as the Open XML SDK named them.
                    var (name, id) = package.Add(main, _folder + (header ? "header{0}.xml" : "footer{0}.xml"), contentType,
                        relationshipType, PartText.EncodeNew(PartTypes.Declaration + emptyRoot));
                    current = name;

                    // References come first in w:sectPr (§17.6.17); their order among themselves is free.
                    MainDocumentText.Prepend(section, header, type, id);
                }

                if (current is not null && IsShown(section, type) && !inEffect.Contains(current, StringComparer.Ordinal))
                {
                    inEffect.Add(current);
                }

                inherited = current;
            }
        }

        return inEffect;
    }

    private string? OwnPart(SectionMarkup section, bool header, string type, string relationshipType, string contentType)
    {
        foreach (var reference in section.References.Where(r => r.Header == header && !r.Removed && string.Equals(r.Type, type, StringComparison.Ordinal)).ToList())
        {
            if (reference.Id is { } id && package.Related(main, id, relationshipType, contentType) is { } part)
            {
                return part;
            }

            // A reference to no part shows nothing in Word; dropping it lets a marked part take its place.
            document.Remove(reference);
        }

        return null;
    }

    private bool IsShown(SectionMarkup section, string type) => type switch
    {
        "first" => section.TitlePage ?? false,
        "even" => evenAndOdd,
        _ => true,
    };
}
