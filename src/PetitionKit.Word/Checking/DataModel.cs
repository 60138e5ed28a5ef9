
namespace PetitionKit.Word.Checking;

/// <summary>The data a template is checked against before any exists: its shape, and the words an error uses for it.</summary>
/// <param name="Root">The shape of the data's top object.</param>
/// <param name="Name">The model as an error names it: "‘x’ is not in <c>the petition model</c>".</param>
/// <param name="PathListing">Where the paths a template can read are listed, such as <c>templates/variables.md</c>.</param>
internal sealed record DataModel(DataShape Root, string Name, string PathListing);
