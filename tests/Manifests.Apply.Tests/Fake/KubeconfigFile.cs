using System.Text;

namespace Manifests.Apply.Tests.Fake;

/// <summary>Writes a kubeconfig with one context per fake server (plain http, a dummy token).</summary>
public static class KubeconfigFile
{
    /// <summary>Writes <c>kubeconfig</c> into <paramref name="folder"/>; contexts are named by the map's keys.</summary>
    public static string Write(string folder, IReadOnlyDictionary<string, string> serverUrlByContext)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Config\nclusters:\n");
        foreach (var (context, url) in serverUrlByContext)
        {
            text.Append($"- name: {context}\n  cluster:\n    server: {url}\n");
        }

        text.Append("users:\n- name: tester\n  user:\n    token: not-a-secret\ncontexts:\n");
        foreach (var context in serverUrlByContext.Keys)
        {
            text.Append($"- name: {context}\n  context:\n    cluster: {context}\n    user: tester\n");
        }

        var path = Path.Combine(folder, "kubeconfig");
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
