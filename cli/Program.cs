using Manifests.Cli;
using Manifests.Cli.Hosting;

return await ManifestsCommandLine.InvokeAsync(ManifestsCommandLine.Create(ApplyInputs.FromTopology(Console.Error)), args);
