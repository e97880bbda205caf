using Palermo.Cli;

return await PalermoCli.RunAsync(args, CliEnvironment.FromProcess());
