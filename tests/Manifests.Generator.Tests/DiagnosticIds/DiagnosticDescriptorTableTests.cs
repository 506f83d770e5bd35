using System.Reflection;
using Manifests.Generator.Topology;
using Microsoft.CodeAnalysis;

namespace Manifests.Generator.Tests.DiagnosticIds;

/// <summary>
/// The generator's ids stay apart from the topology rules: MCRDnnn for CRD files, MOBJnnn for object writers, MESHnnn
/// only for the shared topology rules; one table lists each descriptor once, and the id lookup is built from it.
/// </summary>
public sealed class DiagnosticDescriptorTableTests
{
    private static readonly Dictionary<string, string> PrefixByCategory = new(StringComparer.Ordinal)
    {
        ["Manifests.Crds"] = "MCRD",
        ["Manifests.Writers"] = "MOBJ",
        [TopologyDiagnosticDescriptors.Category] = "MESH",
    };

    [Fact]
    public void The_table_lists_every_descriptor_field_once()
    {
        var fields = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToList();

        Assert.Equal(fields.Select(d => d.Id).Order(StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(DiagnosticDescriptors.All, descriptor => Assert.Same(descriptor, DiagnosticDescriptors.ById(descriptor.Id)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DiagnosticDescriptors.ById("MESH100"));
    }

    [Fact]
    public void Each_id_is_used_once_and_its_prefix_says_which_generator_reports_it()
    {
        var all = DiagnosticDescriptors.All.Concat(TopologyDiagnosticDescriptors.All).ToList();

        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(all, descriptor => Assert.Matches("^" + PrefixByCategory[descriptor.Category] + "[0-9]{3}$", descriptor.Id));
    }

    [Fact]
    public void The_generator_ids_keep_their_order_and_meaning_under_the_new_prefixes()
    {
        Assert.Equal(
            ["MCRD001", "MCRD002", "MCRD003", "MCRD004", "MCRD005", "MOBJ001", "MOBJ002", "MOBJ003", "MOBJ004", "MOBJ005"],
            new[]
            {
                DiagnosticDescriptors.MalformedCrdYaml, DiagnosticDescriptors.CrdVersionWithoutSchema, DiagnosticDescriptors.KubernetesClientMissing,
                DiagnosticDescriptors.IncompleteCrd, DiagnosticDescriptors.DuplicateCrdType, DiagnosticDescriptors.WritersClassNotStaticPartial,
                DiagnosticDescriptors.UnsupportedRootType, DiagnosticDescriptors.UnsupportedMember, DiagnosticDescriptors.DuplicateJsonName,
                DiagnosticDescriptors.RootTypeNotVisible,
            }.Select(d => d.Id));
    }
}
