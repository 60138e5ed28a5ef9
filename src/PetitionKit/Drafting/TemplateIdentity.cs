namespace PetitionKit.Drafting;

internal sealed record TemplateIdentity(string Name, string? Version, string ContentHash);
