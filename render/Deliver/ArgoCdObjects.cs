using System.Text.Json;
using System.Text.Json.Nodes;
using k8s.Models;
using Manifests.Crds.Argoproj.V1Alpha1;
using Manifests.Model;
using Manifests.Render.Build;
using Manifests.Render.Emit;
using Manifests.Render.Place;

namespace Manifests.Render.Deliver;

/// <summary>
/// The Argo CD wiring, written to <c>manifests-out/argocd/</c> with the types generated from Argo CD's
/// CRDs: an AppProject and either one ApplicationSet over every target or one Application per target.
/// Data-plane targets sync before the mesh (sync waves for Applications, RollingSync steps for the
/// ApplicationSet), so routing never points at workloads that are not there yet.
/// </summary>
internal static class ArgoCdObjects
{
    /// <summary>The folder below the output root.</summary>
    public const string Folder = "argocd";

    private const string StageLabel = "manifests/stage";
    private const string SyncWave = "argocd.argoproj.io/sync-wave";

    public static IEnumerable<RenderedFile> For(Mesh mesh, ArgoCdDelivery delivery, IReadOnlyList<TargetPlacement> placements, string header)
    {
        var project = delivery.Project ?? mesh.Name;
        var targets = placements.Select(p => p.Target).ToList();
        var files = new List<RenderedFile>
        {
            new($"{Folder}/appproject-{project}.yaml", ManifestEmitter.ToYaml(AppProject(project, delivery, targets), header)),
        };

        if (delivery.Layout == ArgoCdLayout.ApplicationSet)
        {
            files.Add(new($"{Folder}/applicationset-{mesh.Name}.yaml", ManifestEmitter.ToYaml(ApplicationSet(mesh.Name, project, delivery, targets), header)));
        }
        else
        {
            files.AddRange(targets.Select(t =>
                new RenderedFile($"{Folder}/application-{mesh.Name}-{t.Name}.yaml", ManifestEmitter.ToYaml(Application(mesh.Name, project, delivery, t), header))));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var kustomization = new JsonObject
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
            ["resources"] = new JsonArray([.. files.Select(f => (JsonNode)JsonValue.Create(f.Path[(Folder.Length + 1)..]))]),
        };
        files.Add(new RenderedFile($"{Folder}/{ManifestEmitter.KustomizationFileName}", ManifestEmitter.ToYaml(kustomization, header)));
        return files;
    }

    private static AppProject AppProject(string project, ArgoCdDelivery delivery, IReadOnlyList<Target> targets) => new()
    {
        Metadata = new V1ObjectMeta { Name = project, NamespaceProperty = delivery.Namespace },
        Spec = new AppProjectSpec
        {
            Description = $"Targets rendered by Manifests for mesh {project}.",
            SourceRepos = [delivery.RepoUrl],
            Destinations = targets.Select(t => new AppProjectSpecDestinations { Name = t.ApiServer is null ? t.Context : null, Server = t.ApiServer, Namespace = "*" }).ToList(),
            // Namespaces are the only cluster-scoped kind the render emits.
            ClusterResourceWhitelist = [new AppProjectSpecClusterResourceWhitelist { Group = "", Kind = "Namespace" }],
        },
    };

    private static ApplicationSet ApplicationSet(string mesh, string project, ArgoCdDelivery delivery, IReadOnlyList<Target> targets)
    {
        // Every element names its destination the same way, so one template field serves all.
        var byServer = targets.All(t => t.ApiServer is not null);
        var elements = targets.Select(t => (JsonNode)new JsonObject
        {
            ["target"] = t.Name,
            ["destination"] = byServer ? t.ApiServer : t.Context,
            ["stage"] = Stage(t),
            ["wave"] = Wave(t),
        }).ToList();
        var destination = new ApplicationSpecDestination { Name = byServer ? null : "{{.destination}}", Server = byServer ? "{{.destination}}" : null };

        return new ApplicationSet
        {
            Metadata = new V1ObjectMeta { Name = mesh, NamespaceProperty = delivery.Namespace },
            Spec = new ApplicationSetSpec
            {
                GoTemplate = true,
                GoTemplateOptions = ["missingkey=error"],
                Generators = [new ApplicationSetSpecGenerators { List = new ApplicationSetSpecGeneratorsList { Elements = elements } }],
                Strategy = new ApplicationSetSpecStrategy
                {
                    Type = "RollingSync",
                    RollingSync = new ApplicationSetSpecStrategyRollingSync { Steps = [Step("data-plane"), Step("mesh")] },
                },
                Template = new ApplicationSetSpecTemplate
                {
                    Metadata = new ApplicationSetSpecTemplateMetadata
                    {
                        Name = $"{mesh}-{{{{.target}}}}",
                        Labels = Labels.Of((StageLabel, "{{.stage}}")),
                        Annotations = Labels.Of((SyncWave, "{{.wave}}")),
                    },
                    Spec = AsTemplateSpec(ApplicationSpec(project, delivery, "{{.target}}", destination)),
                },
            },
        };
    }

    private static Application Application(string mesh, string project, ArgoCdDelivery delivery, Target target) => new()
    {
        Metadata = new V1ObjectMeta
        {
            Name = $"{mesh}-{target.Name}",
            NamespaceProperty = delivery.Namespace,
            Labels = Labels.Of((StageLabel, Stage(target))),
            Annotations = Labels.Of((SyncWave, Wave(target))),
        },
        Spec = ApplicationSpec(project, delivery, target.Name, new ApplicationSpecDestination
        {
            Name = target.ApiServer is null ? target.Context : null,
            Server = target.ApiServer,
        }),
    };

    private static ApplicationSpec ApplicationSpec(string project, ArgoCdDelivery delivery, string target, ApplicationSpecDestination destination) => new()
    {
        Project = project,
        Source = delivery.UseKustomizeOverlays
            ? new ApplicationSpecSource { RepoURL = delivery.RepoUrl, TargetRevision = delivery.Revision, Path = $"{delivery.KustomizePath}/{target}" }
            : new ApplicationSpecSource
            {
                RepoURL = delivery.RepoUrl,
                TargetRevision = delivery.Revision,
                Path = $"{delivery.ManifestsPath}/{target}",
                // The hydrated folder as a plain directory; its kustomization.yaml is for kubectl -k, not for Argo CD.
                Directory = new ApplicationSpecSourceDirectory { Recurse = true, Exclude = ManifestEmitter.KustomizationFileName },
            },
        Destination = destination,
        SyncPolicy = new ApplicationSpecSyncPolicy
        {
            SyncOptions = ["ServerSideApply=true"],
            Automated = delivery.AutomatedSync ? new ApplicationSpecSyncPolicyAutomated { Prune = delivery.Prune, SelfHeal = delivery.SelfHeal } : null,
        },
    };

    // An ApplicationSet's template spec is an Application's spec under other generated names (they come
    // from two CRDs); one builder serves both through a JSON round trip.
    private static ApplicationSetSpecTemplateSpec AsTemplateSpec(ApplicationSpec spec) =>
        JsonSerializer.Deserialize<ApplicationSetSpecTemplateSpec>(JsonSerializer.SerializeToUtf8Bytes(spec, ManifestEmitter.SerializerOptions), ManifestEmitter.SerializerOptions)!;

    private static ApplicationSetSpecStrategyRollingSyncSteps Step(string stage) => new()
    {
        MatchExpressions = [new ApplicationSetSpecStrategyRollingSyncStepsMatchExpressions { Key = StageLabel, Operator = "In", Values = [stage] }],
    };

    private static string Stage(Target target) => target.Kind == TargetKind.Mesh ? "mesh" : "data-plane";

    private static string Wave(Target target) => target.Kind == TargetKind.Mesh ? "1" : "0";
}
