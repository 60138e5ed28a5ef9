using PetitionKit.Cli;

return await CommandLine.RunAsync(args).ConfigureAwait(false);
