using PetitionKit.Model;

namespace PetitionKit.Samples.Petitions;

/// <summary>A fictitious petition written in C#, with the file name its JSON twin has in samples/petitions/.</summary>
/// <param name="Name">The file name without extension, shared by the JSON file and the drafts.</param>
/// <param name="Petition">The petition.</param>
/// <param name="IsComplete">Whether every fact the template asks for is given, so the draft has no gap marks.</param>
public sealed record SamplePetition(string Name, Petition Petition, bool IsComplete);
