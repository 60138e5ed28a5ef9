using System.Xml;
using PetitionKit.Word.Diagnostics;

namespace PetitionKit.Word.Loading;

/// <summary>Reads a part once with a reader that keeps its own stack instead of recursing, so no part reaches a
/// recursive parser (the Open XML SDK's, ours) while nested deeper than the limit, holding a DTD, or malformed.</summary>
internal static class XmlPartScan
{
    /// <summary>Checks the nesting, the absence of a DTD and, when <paramref name="wellFormed"/>, that the XML is sound.</summary>
    /// <param name="content">The part's bytes.</param>
    /// <param name="maxDepth">The deepest element nesting allowed.</param>
    /// <param name="budget">The load's limits and clock.</param>
    /// <param name="partUri">The part, for the diagnostic.</param>
    /// <param name="wellFormed">False for a part only sniffed as XML: malformed content there is left to Word.</param>
    public static void Check(byte[] content, int maxDepth, LoadBudget budget, string partUri, bool wellFormed = true)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), PackageReader.SafeXml);
            var nodes = 0;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= maxDepth)
                {
                    throw TemplateLoadError.Create(budget.TemplateName, DiagnosticCodes.NestingTooDeep,
                        $"Elements are nested more than {maxDepth} levels deep; Word's own documents stay under 40. The file is refused as unsafe; or raise TemplateLoadLimits.MaxXmlDepth.",
                        partUri);
                }

                if ((++nodes & 0xFFF) == 0)
                {
                    budget.Check();
                }
            }
        }
        catch (XmlException ex) when (PackageReader.IsDtdError(ex))
        {
            throw PackageReader.DtdError(budget.TemplateName, partUri, ex);
        }
        catch (XmlException ex) when (wellFormed)
        {
            throw PackageReader.MalformedError(budget.TemplateName, partUri, ex);
        }
        catch (XmlException)
        {
            // Not XML after all: copied as it is, like a picture.
        }
    }
}
