using System.Diagnostics;
using System.Globalization;
using Bookinfo.Topology;
using Manifests.Reliability.Tests.Support;
using Manifests.Render;

namespace Manifests.Reliability.Tests.Emit;

/// <summary>The same topology gives the same bytes: across runs, cultures, time zones and dictionary fill orders.</summary>
public sealed class DeterministicOutputTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", "ja-JP", ""];

    [Fact]
    public void Ten_renders_under_four_cultures_are_byte_identical()
    {
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture);
        var renders = new List<IReadOnlyList<(string, string)>>();
        try
        {
            for (var run = 0; run < 10; run++)
            {
                var culture = CultureInfo.GetCultureInfo(Cultures[run % Cultures.Length]);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
                renders.Add(Contents(ManifestRenderer.Render(CorpusMesh.Build(), "Corpus")).Concat(Contents(ManifestRenderer.Render(new BookinfoTopology().Declare(), "Bookinfo"))).ToList());
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture) = original;
            CultureInfo.DefaultThreadCurrentUICulture = null;
        }

        Assert.True(renders[0].Count > 30);
        Assert.All(renders, render => Assert.Equal(renders[0], render));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_dictionaries_were_filled_in()
    {
        var forward = Contents(ManifestRenderer.Render(CorpusMesh.Build(), "Corpus"));
        var backward = Contents(ManifestRenderer.Render(CorpusMesh.Build(order: indices => indices.Reverse()), "Corpus"));
        var shuffled = Contents(ManifestRenderer.Render(CorpusMesh.Build(order: indices => indices.OrderBy(i => (i * 7919) % 101)), "Corpus"));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    public static TheoryData<string, string> Environments() => new()
    {
        { "tr_TR.UTF-8", "Asia/Kolkata" },
        { "de_DE.UTF-8", "America/St_Johns" },
        { "ja_JP.UTF-8", "Pacific/Chatham" },
        { "C", "UTC" },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_CLI_renders_Bookinfo_exactly_as_committed_under_any_culture_and_time_zone(string locale, string timeZone)
    {
        using var scratch = new TempFolder("reliability");
        var output = scratch.Combine("out");
        var start = ManifestsCli.StartInfo("render", "--topology", BookinfoAssembly(), "--out", output);
        start.Environment["LANG"] = start.Environment["LC_ALL"] = locale;
        start.Environment["TZ"] = timeZone;
        if (locale == "C")
        {
            start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        }

        using (var process = Process.Start(start)!)
        {
            var printed = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, printed);
        }

        Assert.Equal(FileTree.Fingerprint(Path.Combine(RepositoryPaths.Root, "manifests-out")), FileTree.Fingerprint(output));
    }

    private static string BookinfoAssembly() => typeof(BookinfoTopology).Assembly.Location;

    private static List<(string, string)> Contents(RenderResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Findings.Select(f => f.ToMsBuildFormat())));
        return result.Files.Select(f => (f.Path, f.Content)).ToList();
    }
}
