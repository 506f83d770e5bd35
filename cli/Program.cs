using System.CommandLine;
using Manifests.Cli.Commands;
using Manifests.Cli.Hosting;

var root = new RootCommand("manifests: render a C# service-mesh topology into per-cluster YAML, check it, and apply it.")
{
    RenderCommand.Create(),
    ApplyCommand.Create(ApplyInputs.FromTopology(Console.Error)),
    GraphCommand.Create(),
    DiffCommand.Create(),
    ValidateCommand.Create(),
};
return root.Parse(args).Invoke();
