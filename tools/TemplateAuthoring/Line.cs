namespace TemplateAuthoring;

/// <summary>One line of an outline: a style code and its text (tags included verbatim).</summary>
internal sealed record Line(string Code, string Text);
