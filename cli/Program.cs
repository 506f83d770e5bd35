using System.CommandLine;
using Manifests.Cli.Commands;

var root = new RootCommand("manifests: render a C# service-mesh topology into per-cluster YAML, check it, and apply it.")
{
    RenderCommand.Create(),
    ValidateCommand.Create(),
};
return root.Parse(args).Invoke();
