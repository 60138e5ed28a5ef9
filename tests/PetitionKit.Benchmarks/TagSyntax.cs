namespace PetitionKit.Benchmarks;

/// <summary>Spells the same template's tags in one engine's syntax, so PetitionKit and docxtemplater render the
/// same document with the same data.</summary>
internal abstract class TagSyntax
{
    /// <summary>Gets PetitionKit's Scriban tags.</summary>
    public static TagSyntax Scriban { get; } = new ScribanSyntax();

    /// <summary>Gets docxtemplater's single-brace tags (with a dotted-path parser in bench/docxtemplater).</summary>
    public static TagSyntax Docxtemplater { get; } = new DocxtemplaterSyntax();

    /// <summary>A value from the data's root, such as <c>petitioner.name</c>.</summary>
    public abstract string Value(string path);

    /// <summary>A member of the current loop item.</summary>
    public abstract string ItemValue(string item, string member);

    public abstract string LoopOpen(string item, string collection);

    public abstract string LoopClose(string collection);

    public abstract string IfOpen(string path);

    public abstract string IfClose(string path);

    private sealed class ScribanSyntax : TagSyntax
    {
        public override string Value(string path) => "{{ " + path + " }}";

        public override string ItemValue(string item, string member) => "{{ " + item + "." + member + " }}";

        public override string LoopOpen(string item, string collection) => "{{ for " + item + " in " + collection + " }}";

        public override string LoopClose(string collection) => "{{ end }}";

        public override string IfOpen(string path) => "{{ if " + path + " }}";

        public override string IfClose(string path) => "{{ end }}";
    }

    private sealed class DocxtemplaterSyntax : TagSyntax
    {
        public override string Value(string path) => "{" + path + "}";

        public override string ItemValue(string item, string member) => "{" + member + "}";

        public override string LoopOpen(string item, string collection) => "{#" + collection + "}";

        public override string LoopClose(string collection) => "{/" + collection + "}";

        public override string IfOpen(string path) => "{#" + path + "}";

        public override string IfClose(string path) => "{/" + path + "}";
    }
}
