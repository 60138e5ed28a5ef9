using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace PetitionKit.Tests.TestSupport;

/// <summary>Checks a produced package with the Open XML SDK validator, as Word-compatible tools would.</summary>
public static class OpenXmlValidation
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static void ShouldBeValid(byte[] docx) => Errors(docx).Should().BeEmpty();
}
