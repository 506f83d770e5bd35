using Manifests.Model;
using Manifests.Render.Check;
using Manifests.Rules;

namespace Manifests.Tests.Check;

/// <summary>
/// A declared string kubectl cannot carry is named by its path from the mesh (properties, list indexes,
/// map keys) and reported at the nearest declaration that knows its C# line.
/// </summary>
public sealed class DeclaredTextTests
{
    private const string Lone = "lone \ud800";
    private const string Nel = "a\u0085b";
    private const string Tail = ", which kubectl and kustomize cannot carry unchanged.";

    [Fact]
    public void A_bad_map_key_is_named_as_a_key_and_the_value_under_it_by_the_key_text()
    {
        var service = Shop() with { Annotations = new Dictionary<string, string> { ["ok"] = "fine", [Nel] = Lone } };

        var findings = DeclaredText.Check(Mesh(service));

        Assert.Equal(
        [
            ("mesh.Services[0].Annotations[key] holds U+0085 at position 1" + Tail, "Shop.cs", 10),
            ("mesh.Services[0].Annotations[\"" + Nel + "\"] holds a lone surrogate U+D800 at position 5" + Tail, "Shop.cs", 10),
        ], Describe(findings));
    }

    [Fact]
    public void A_bad_list_item_is_named_by_its_index_at_the_version_that_declares_it()
    {
        var service = Shop() with { Versions = [Version("v1", 20), Version("v2", 30) with { Clusters = ["east", "we\u2028st"] }] };

        var finding = Assert.Single(DeclaredText.Check(Mesh(service)));

        Assert.Equal(RuleDescriptors.InvalidObject, finding.Rule);
        Assert.Equal("mesh.Services[0].Versions[1].Clusters[1] holds U+2028 at position 2" + Tail, finding.Message);
        Assert.Equal(new FactLocation("Shop.cs", 30), finding.Location);
    }

    [Fact]
    public void A_value_in_a_record_without_a_source_is_reported_at_the_nearest_declaration_that_has_one()
    {
        var service = Shop() with
        {
            Versions = [Version("v1", 20) with { Env = [EnvironmentVariable.Literal("MODE", Lone)] }],
            Traffic = TrafficPolicy.AllTo("v\uffff"),
            Calls = ["\u007f"],
        };

        var findings = DeclaredText.Check(Mesh(service));

        Assert.Equal(
        [
            ("mesh.Services[0].Calls[0] holds U+007F at position 0" + Tail, "Shop.cs", 10),
            ("mesh.Services[0].Versions[0].Env[0].Value holds a lone surrogate U+D800 at position 5" + Tail, "Shop.cs", 20),
            ("mesh.Services[0].Traffic.Weights[0].Version holds U+FFFF at position 1" + Tail, "Shop.cs", 10),
        ], Describe(findings));
    }

    [Fact]
    public void A_bad_service_name_is_reported_for_the_name_and_for_the_service_account_name_it_stands_for()
    {
        var service = new Service("sh\u009fop", "Shop.cs", 10) { Ports = [new ServicePort("http", 80)], Versions = [Version("v1", 20)] };

        var findings = DeclaredText.Check(Mesh(service));

        Assert.Equal(
        [
            ("mesh.Services[0].Name holds U+009F at position 2" + Tail, "Shop.cs", 10),
            ("mesh.Services[0].ServiceAccountName holds U+009F at position 2" + Tail, "Shop.cs", 10),
        ], Describe(findings));
    }

    [Fact]
    public void A_declaration_without_a_known_line_reports_at_its_parent_and_the_mesh_itself_at_no_place()
    {
        var mesh = Mesh(Shop() with { Source = SourceLocation.None, Labels = new Dictionary<string, string> { ["tier"] = Nel } }) with
        {
            Source = SourceLocation.None,
            NamespaceSecurity = new Dictionary<string, SecurityPolicy> { [Lone] = SecurityPolicy.Restricted },
        };

        var findings = DeclaredText.Check(mesh);

        Assert.Equal(
        [
            ("mesh.Services[0].Labels[\"tier\"] holds U+0085 at position 1" + Tail, "", 0),
            ("mesh.NamespaceSecurity[key] holds a lone surrogate U+D800 at position 5" + Tail, "", 0),
        ], Describe(findings));
    }

    [Fact]
    public void A_map_of_another_kind_is_walked_in_its_own_order()
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["zone"] = Nel, ["app"] = Lone };
        var service = Shop() with { Labels = labels };

        var findings = DeclaredText.Check(Mesh(service));

        Assert.Equal(
        [
            ("mesh.Services[0].Labels[\"app\"] holds a lone surrogate U+D800 at position 5" + Tail, "Shop.cs", 10),
            ("mesh.Services[0].Labels[\"zone\"] holds U+0085 at position 1" + Tail, "Shop.cs", 10),
        ], Describe(findings));
    }

    [Fact]
    public void Clean_text_gives_no_finding()
    {
        var service = Shop() with { Annotations = new Dictionary<string, string> { ["emoji"] = "caf\u00e9 \ud83d\ude80" } };

        Assert.Empty(DeclaredText.Check(Mesh(service)));
    }

    private static Mesh Mesh(Service service) => new("shop", "Mesh.cs", 1)
    {
        Clusters = [new Cluster("east", "Mesh.cs", 2)],
        Services = [service],
    };

    private static Service Shop() => new("shop", "Shop.cs", 10)
    {
        Ports = [new ServicePort("http", 80)],
        Versions = [Version("v1", 20)],
    };

    private static ServiceVersion Version(string name, int line) => new(name, "Shop.cs", line)
    {
        Image = "shop/app:1.0.0",
        Clusters = ["east"],
    };

    private static (string Message, string File, int Line)[] Describe(IEnumerable<RuleFinding> findings) =>
        findings.Select(f => (f.Message, f.Location.FilePath, f.Location.Line)).ToArray();
}
