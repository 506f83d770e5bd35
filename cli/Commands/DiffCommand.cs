using System.CommandLine;

namespace Manifests.Cli.Commands;

/// <summary>Builds <c>manifests diff</c>: wiring only, the work is in <see cref="DiffHandler"/>.</summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var topology = TopologyOptions.Topology();
        var noBuild = TopologyOptions.NoBuild();
        var output = new Option<string?>("--out") { Description = "The output folder (default: manifests.json's \"output\", else ./manifests-out)." };
        var baseRef = new Option<string?>("--base")
        {
            Description = "Compare with the output committed at this git revision (e.g. origin/main) instead of the working tree.",
        };
        var format = new Option<string>("--format")
        {
            Description = "text for a terminal, markdown for a pull request comment, json for scripts.",
            DefaultValueFactory = _ => DiffFormats.Text,
        };
        format.AcceptOnlyFromAmong(DiffFormats.Text, DiffFormats.Markdown, DiffFormats.Json);
        var exitCode = new Option<bool>("--exit-code") { Description = "Exit 1 when a fresh render differs from the committed output (as git diff --exit-code)." };

        var command = new Command("diff", "Show which objects a fresh render adds, removes or changes, per target, field by field (Secret values masked). Exits 0 whether or not there are differences unless --exit-code; 'render --check' is the gate.\n\nExample:\n  manifests diff\n  manifests diff --base origin/main --format markdown > comment.md\n  manifests diff --exit-code" + ExitCodes.Help)
        {
            topology, noBuild, output, baseRef, format, exitCode,
        };
        command.SetAction(parse => DiffHandler.Run(
            new DiffRequest(parse.GetValue(topology), parse.GetValue(output), !parse.GetValue(noBuild), parse.GetValue(baseRef), parse.GetValue(format)!) { ExitCodeOnDifferences = parse.GetValue(exitCode) },
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
