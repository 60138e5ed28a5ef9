using System.Globalization;
using DocumentFormat.OpenXml.Packaging;

namespace PetitionKit.Word.Drafting;

/// <summary>Picks relationship ids for the parts the marks add.</summary>
/// <remarks>The Open XML SDK invents a random id when none is given; the same template must always give the same
/// package, so every part added here gets an id derived from what is already there.</remarks>
internal static class RelationshipIds
{
    public static string Next(OpenXmlPartContainer container)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in container.Parts)
        {
            taken.Add(pair.RelationshipId);
        }

        foreach (var relationship in container.ExternalRelationships)
        {
            taken.Add(relationship.Id);
        }

        foreach (var relationship in container.HyperlinkRelationships)
        {
            taken.Add(relationship.Id);
        }

        foreach (var relationship in container.DataPartReferenceRelationships)
        {
            taken.Add(relationship.Id);
        }

        for (var n = 1; ; n++)
        {
            var id = "rIdPk" + n.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(id))
            {
                return id;
            }
        }
    }
}
