using System.Xml.Linq;
using PetitionKit.Packaging;

namespace PetitionKit.Rendering;

/// <summary>Adds the comments on missing values to the template's comments part, keeping the template's own.</summary>
internal static class CommentsPart
{
    public static byte[] Append(byte[] existing, IReadOnlyList<(int Id, string Text)> comments, string templateName)
    {
        var document = PackageReader.ParseXml(existing, templateName, "/word/comments.xml");
        var root = document.Root!;
        foreach (var (id, text) in comments)
        {
            root.Add(new XElement(W.Ns + "comment",
                new XAttribute(W.Ns + "id", id),
                new XAttribute(W.Ns + "author", "PetitionKit"),
                new XAttribute(W.Ns + "initials", "PK"),
                new XElement(W.P, new XElement(W.R, new XElement(W.T, text)))));
        }

        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }
}
