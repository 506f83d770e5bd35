using System.Text.RegularExpressions;
using Manifests.Model;

namespace Manifests.Tests.Model;

/// <summary>
/// The analyzer merges every model/*/PublicAPI.*.txt into one baseline, so it cannot see a symbol filed in the wrong
/// capability's folder; these tests keep each folder's files listing what that folder declares.
/// </summary>
public sealed class PublicApiBaselineTests
{
    private static readonly string[] CapabilityFolders = ["Delivery", "Ingress", "Mesh", "Routing", "Workloads"];

    private static readonly string[] BaselineFiles = ["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"];

    [Fact]
    public void Every_capability_folder_of_the_model_has_its_own_baseline_pair()
    {
        var folders = Directory.GetDirectories(RepositoryPaths.PathOf("model"))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj"))
            .Order(StringComparer.Ordinal);

        Assert.Equal(CapabilityFolders, folders);
        foreach (var folder in CapabilityFolders)
        {
            Assert.All(BaselineFiles, name => Assert.True(File.Exists(RepositoryPaths.PathOf($"model/{folder}/{name}")), $"{folder}/{name}"));
        }
    }

    [Fact]
    public void Every_public_model_type_is_listed_in_the_baseline_of_the_one_folder_that_declares_it()
    {
        foreach (var type in typeof(Mesh).Assembly.GetExportedTypes())
        {
            var declaring = CapabilityFolders.Where(folder => Declares(folder, type.Name)).ToList();
            var listing = CapabilityFolders.Where(folder => TypeLines(folder).Contains(type.FullName!)).ToList();

            Assert.True(declaring.Count == 1 && declaring.SequenceEqual(listing),
                $"{type.FullName} is declared in [{string.Join(", ", declaring)}] and listed in [{string.Join(", ", listing)}]");
        }
    }

    private static bool Declares(string folder, string typeName) =>
        Directory.GetFiles(RepositoryPaths.PathOf($"model/{folder}"), "*.cs").Any(file =>
            Regex.IsMatch(File.ReadAllText(file), $@"^public\s[\w\s]*\b(class|record|struct|interface|enum)\s+{typeName}\b", RegexOptions.Multiline));

    // A type's own line is its bare full name; every member line carries a '(' or a ' -> '.
    private static HashSet<string> TypeLines(string folder) =>
        new(BaselineFiles
            .SelectMany(name => File.ReadAllLines(RepositoryPaths.PathOf($"model/{folder}/{name}")))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.Contains(' ') && !line.Contains('(')),
            StringComparer.Ordinal);
}
