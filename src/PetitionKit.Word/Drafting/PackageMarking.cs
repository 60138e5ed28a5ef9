using System.Xml;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Drafting;

/// <summary>The compile stage that applies the attorney-review draft marks to a template package, once, at load.</summary>
internal static class PackageMarking
{
    /// <summary>Applies the marks and returns the marked package, the only kind the writer accepts.</summary>
    /// <param name="entries">The template's parts, as the loader read and checked them.</param>
    /// <param name="main">The name of its main document part.</param>
    /// <param name="marking">The wording of the marks.</param>
    /// <param name="identity">The template, named in the footer and properties.</param>
    /// <param name="budget">The load's limits and clock.</param>
    public static MarkedPackage Apply(IReadOnlyList<PackageEntry> entries, string main, DraftMarking marking, TemplateIdentity identity, LoadBudget budget)
    {
        var package = new PackageParts(entries);
        try
        {
            var text = MainDocumentText.Read(package.Content(main) ?? []);
            if (!text.HasBody)
            {
                throw TemplateLoadError.Create(identity.Name, Diagnostics.DiagnosticCodes.MissingPart,
                    "The package has no main document body. Save the file from Word as a .docx document.", "/" + main);
            }

            DraftMarker.Apply(package, main, text, marking, identity);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException)
        {
            throw TemplateLoadError.Create(identity.Name, Diagnostics.DiagnosticCodes.NotAPackage,
                $"The file is not a readable Word package ({ex.Message}). Save it from Word as .docx again.", inner: ex);
        }

        budget.Check();
        return MarkedPackage.FromMarkedEntries(package.ToEntries(), Token.Instance);
    }

    /// <summary>Proof that a package came through <see cref="Apply"/>.</summary>
    internal sealed class Token
    {
        private Token()
        {
        }

        public static Token Instance { get; } = new();
    }
}
