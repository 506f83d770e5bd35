// The repository's build script: `dotnet tool restore`, then `dotnet cake [--target=<Task>] [--configuration=Release]`.
// No addins, no tools fetched at run time: every task drives the dotnet CLI or the repository's own `manifests` command.
using System.Text.Json;

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Debug");
var benchArgs = Argument("bench-args", "--services 1000 --out artifacts/bench/out");

const string Solution = "Manifests.sln";
var artifacts = Directory("artifacts");
var packages = artifacts + Directory("packages");
var cliProject = File("cli/Manifests.Cli.csproj");
var cliDll = File($"cli/bin/{configuration}/net10.0/manifests.dll");
var benchProject = File("bench/Manifests.Bench.csproj");

// The CI build never renders: the committed output is what CheckGenerated compares, so the build must not rewrite it.
var noRender = new DotNetMSBuildSettings().WithProperty("ManifestsRenderOnBuild", "false");

Task("Clean")
    .Description("Removes build outputs and artifacts/.")
    .Does(() =>
{
    DotNetClean(Solution, new DotNetCleanSettings { Configuration = configuration });
    CleanDirectory(artifacts);
});

Task("Restore")
    .Description("Restores the solution's packages and the local tools.")
    .Does(() =>
{
    DotNetRestore(Solution);
});

Task("Build")
    .Description("Builds the solution without rendering (see CheckGenerated and Render).")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(Solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true, MSBuildSettings = noRender });
});

Task("Test")
    .Description("Runs every test project of the solution.")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(Solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
});

Task("Render")
    .Description("Renders the topology into the output folder named by manifests.json (what dotnet build does).")
    .IsDependentOn("Build")
    .Does(() =>
{
    Manifests("render", "--topology", TopologyAssembly());
});

Task("CheckGenerated")
    .Description("Fails with a readable diff when manifests-out/ (or kustomize/) differs from a fresh render.")
    .IsDependentOn("Build")
    .Does(() =>
{
    var topology = TopologyAssembly();
    var stale = new List<string>();
    if (Manifests(allowUserError: true, "render", "--check", "--topology", topology) != 0)
    {
        stale.Add("the rendered output");
    }

    if (DirectoryExists("kustomize"))
    {
        if (HasCommand("kustomize"))
        {
            if (Manifests(allowUserError: true, "kustomize", "--check", "--topology", topology) != 0)
            {
                stale.Add("kustomize/");
            }
        }
        else
        {
            Warning("kustomize/ exists but this CLI has no 'kustomize' command to check it against a fresh render; it was NOT checked.");
        }
    }

    if (stale.Count > 0)
    {
        // The diff above is the readable part; the summary below is what a reviewer does about it.
        Manifests(allowUserError: true, "diff", "--topology", topology);
        throw new CakeException($"Stale: {string.Join(" and ", stale)}. Run 'dotnet build' (or 'dotnet cake --target=Render') and commit the result.");
    }
});

Task("Validate")
    .Description("Runs 'manifests validate' on the rendered output, where the CLI has that command.")
    .IsDependentOn("Build")
    .WithCriteria(() => HasCommand("validate"), "'manifests validate' is not there yet: nothing was validated")
    .Does(() =>
{
    Manifests("validate", "--topology", TopologyAssembly());
});

Task("Pack")
    .Description("Packs Manifests (library, generator, build targets, CLI copy) and Manifests.Tool into artifacts/packages.")
    .Does(() =>
{
    CleanDirectory(packages);
    foreach (var project in new[] { "pack/Manifests.Package.csproj", "cli/Manifests.Cli.csproj" })
    {
        DotNetPack(project, new DotNetPackSettings { Configuration = "Release", OutputDirectory = packages });
    }

    foreach (var package in GetFiles($"{packages}/*.nupkg"))
    {
        Information("Packed {0}", package.GetFilename());
    }
});

Task("Bench")
    .Description("Runs the render benchmark (bench/) in Release (its arguments: --bench-args=\"--services N --out DIR\" or \"--micro\").")
    .WithCriteria(() => FileExists(benchProject), "bench/Manifests.Bench.csproj is not there yet: nothing was measured")
    .Does(() =>
{
    DotNetRun(benchProject, new ProcessArgumentBuilder().Append(benchArgs), new DotNetRunSettings { Configuration = "Release" });
});

Task("Default")
    .Description("What CI runs: Build, Test, CheckGenerated.")
    .IsDependentOn("Build")
    .IsDependentOn("Test")
    .IsDependentOn("CheckGenerated");

RunTarget(target);

// The topology assembly this configuration built, from manifests.json's "topology" project.
string TopologyAssembly()
{
    using var settings = JsonDocument.Parse(System.IO.File.ReadAllText("manifests.json"));
    var project = settings.RootElement.GetProperty("topology").GetString();
    var exit = StartProcess(Context.Tools.Resolve("dotnet") ?? "dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().Append("msbuild").AppendQuoted(project).Append("-nologo")
            .Append("-getProperty:TargetPath").Append($"-p:Configuration={configuration}"),
        RedirectStandardOutput = true,
    }, out var lines);
    var path = string.Join("", lines).Trim();
    if (exit != 0 || path.Length == 0)
    {
        throw new CakeException($"Could not read the TargetPath of {project}: {path}");
    }

    return path;
}

// Runs the repository's own CLI; exit 1 (a user error such as stale output) is returned when allowed, anything else throws.
int Manifests(bool allowUserError, params string[] arguments)
{
    if (!FileExists(cliDll))
    {
        throw new CakeException($"{cliDll} does not exist; run the Build task with --configuration={configuration} first.");
    }

    var builder = new ProcessArgumentBuilder().AppendQuoted(cliDll.Path.FullPath);
    foreach (var argument in arguments)
    {
        builder.AppendQuoted(argument);
    }

    var exit = StartProcess(Context.Tools.Resolve("dotnet") ?? "dotnet", new ProcessSettings { Arguments = builder });
    if (exit != 0 && !(allowUserError && exit == 1))
    {
        throw new CakeException($"manifests {string.Join(" ", arguments)} exited {exit}.");
    }

    return exit;
}

void Manifests(params string[] arguments) => Manifests(false, arguments);

// Whether this build of the CLI has a command (others land in parallel: validate, apply, kustomize).
bool HasCommand(string name)
{
    if (!FileExists(cliDll))
    {
        return false;
    }

    StartProcess(Context.Tools.Resolve("dotnet") ?? "dotnet", new ProcessSettings
    {
        Arguments = new ProcessArgumentBuilder().AppendQuoted(cliDll.Path.FullPath).Append("--help"),
        RedirectStandardOutput = true,
    }, out var help);
    return help.Any(line => line.TrimStart().StartsWith(name + " ", StringComparison.Ordinal) || line.Trim() == name);
}
