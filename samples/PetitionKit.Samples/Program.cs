using System.CommandLine;
using PetitionKit.Samples;

var output = new Option<DirectoryInfo>("--out") { Description = "Folder the drafts are written to.", DefaultValueFactory = _ => new DirectoryInfo("out") };
var asOf = new Option<DateOnly?>("--as-of") { Description = "The date drafts speak as of (yyyy-mm-dd); today in UTC when absent." };
var root = new RootCommand("Drafts every sample in samples/ into one folder. Every draft is for attorney review, never for filing.") { output, asOf };
root.SetAction((result, cancellationToken) => SampleGenerator.RunAsync(result.GetValue(output)!, result.GetValue(asOf), Console.Out, cancellationToken));
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
