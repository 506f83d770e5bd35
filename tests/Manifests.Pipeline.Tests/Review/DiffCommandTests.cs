using System.Text.Json;
using Xunit;

namespace Manifests.Pipeline.Tests.Review;

/// <summary><c>manifests diff</c> run as a program against a git repository holding Bookinfo's output.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Base_revision_is_read_from_git_and_the_working_tree_by_default()
    {
        using var repository = new TempFolder("diff");
        var output = repository.Combine("manifests-out");
        CopyDirectory(RepositoryPaths.PathOf("manifests-out"), output);
        var deployment = Path.Combine(output, "m1c1", "deployment-reviews-v3.yaml");
        var current = File.ReadAllText(deployment);
        File.WriteAllText(deployment, current.Replace("replicas: 1", "replicas: 3", StringComparison.Ordinal));
        Git(repository, "init", "-q");
        Git(repository, "add", "-A");
        Git(repository, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "three replicas");
        File.WriteAllText(deployment, current);

        var againstHead = Diff(repository, "--base", "HEAD").ShouldSucceed("diff --base HEAD");
        var workingTree = Diff(repository).ShouldSucceed("diff");
        var unknown = Diff(repository, "--base", "no-such-branch");

        using var json = JsonDocument.Parse(againstHead.Output[againstHead.Output.IndexOf('{', StringComparison.Ordinal)..]);
        var change = json.RootElement.GetProperty("targets").EnumerateArray().SelectMany(t => t.GetProperty("objects").EnumerateArray()).Single();
        Assert.Equal("reviews-v3", change.GetProperty("name").GetString());
        var field = change.GetProperty("fields").EnumerateArray().Single();
        Assert.Equal(("spec.replicas", "3", "1"), (field.GetProperty("path").GetString(), field.GetProperty("old").GetString(), field.GetProperty("new").GetString()));
        Assert.Contains("\"hasChanges\": false", workingTree.Output);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("'no-such-branch' is not a commit", unknown.Output);
    }

    [Fact]
    public void Markdown_form_from_the_command_embeds_the_topology_picture()
    {
        var run = ManifestsCli.Run(RepositoryPaths.Root, "diff", "--topology", ManifestsCli.BookinfoAssembly, "--out", RepositoryPaths.PathOf("manifests-out"), "--format", "markdown");

        run.ShouldSucceed("diff --format markdown");
        Assert.Contains("| `m1c1` | 0 | 0 | 0 |", run.Output);
        Assert.Contains("```mermaid\nflowchart LR\n", run.Output);
    }

    private static ProcessRun Diff(TempFolder repository, params string[] arguments) =>
        ManifestsCli.Run(repository.Path, ["diff", "--topology", ManifestsCli.BookinfoAssembly, "--out", repository.Combine("manifests-out"), "--format", "json", .. arguments]);

    private static void Git(TempFolder repository, params string[] arguments) =>
        ChildProcess.Run("git", repository.Path, null, TimeSpan.FromMinutes(1), arguments).ShouldSucceed("git " + arguments[0]);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
