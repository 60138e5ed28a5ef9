using PetitionKit.Cli;
using Spectre.Console;

// A live progress bar only on a terminal that can redraw; logs and pipes get plain lines.
var interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
var environment = new CliEnvironment(Console.Out, Console.Error, TimeProvider.System, interactive);
return await CommandLine.RunAsync(args, environment).ConfigureAwait(false);
