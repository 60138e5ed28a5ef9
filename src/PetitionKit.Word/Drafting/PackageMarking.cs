using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using PetitionKit.Word.Loading;
using PetitionKit.Word.Packaging;

namespace PetitionKit.Word.Drafting;

/// <summary>The compile stage that applies the attorney-review draft marks to a template package, once, at load.</summary>
internal static class PackageMarking
{
    /// <summary>Applies the marks and returns the marked package, the only kind the writer accepts.</summary>
    public static MarkedPackage Apply(byte[] docx, DraftMarking marking, TemplateIdentity identity, LoadBudget budget)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        stream.Position = 0;
        try
        {
            using (var document = WordprocessingDocument.Open(stream, isEditable: true))
            {
                var text = document.MainDocumentPart is { } main ? MainDocumentText.Read(DraftMarker.ReadBytes(main)) : null;
                if (text is not { HasBody: true })
                {
                    throw TemplateLoadError.Create(identity.Name, Diagnostics.DiagnosticCodes.MissingPart,
                        "The package has no main document body. Save the file from Word as a .docx document.", "/word/document.xml");
                }

                DraftMarker.Apply(document, text, marking, identity);
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException)
        {
            throw TemplateLoadError.Create(identity.Name, Diagnostics.DiagnosticCodes.NotAPackage,
                $"The file is not a readable Word package ({ex.Message}). Save it from Word as .docx again.", inner: ex);
        }

        budget.Check();

        // Every part was scanned before the SDK read it; the SDK writes only what it read or the marks added.
        var entries = PackageReader.ReadEntries(stream.ToArray(), budget, scan: false);
        return MarkedPackage.FromMarkedEntries(entries, Token.Instance);
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
