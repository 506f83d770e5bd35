using System.Text.Json.Nodes;
using Manifests.Model;
using Manifests.Render.Emit;
using Manifests.Render.Place;

namespace Manifests.Render.Deliver;

/// <summary>
/// The Argo CD wiring, written to <c>manifests-out/argocd/</c>: an AppProject and either one
/// ApplicationSet over every target or one Application per target. Data-plane targets sync before
/// the mesh (sync waves for Applications, RollingSync steps for the ApplicationSet), so routing never
/// points at workloads that are not there yet.
/// </summary>
internal static class ArgoCdObjects
{
    /// <summary>The folder below the output root.</summary>
    public const string Folder = "argocd";

    private const string ApiVersion = "argoproj.io/v1alpha1";
    private const string StageLabel = "manifests/stage";

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

    private static JsonObject AppProject(string project, ArgoCdDelivery delivery, IReadOnlyList<Target> targets) => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = "AppProject",
        ["metadata"] = new JsonObject { ["name"] = project, ["namespace"] = delivery.Namespace },
        ["spec"] = new JsonObject
        {
            ["description"] = $"Targets rendered by Manifests for mesh {project}.",
            ["sourceRepos"] = new JsonArray(delivery.RepoUrl),
            ["destinations"] = new JsonArray([.. targets.Select(t => (JsonNode)Destination(t, new JsonObject { ["namespace"] = "*" }))]),
            // Namespaces are the only cluster-scoped kind the render emits.
            ["clusterResourceWhitelist"] = new JsonArray(new JsonObject { ["group"] = "", ["kind"] = "Namespace" }),
        },
    };

    private static JsonObject ApplicationSet(string mesh, string project, ArgoCdDelivery delivery, IReadOnlyList<Target> targets)
    {
        // Every element names its destination the same way, so one template field serves all.
        var byServer = targets.All(t => t.ApiServer is not null);
        var elements = targets.Select(t => (JsonNode)new JsonObject
        {
            ["target"] = t.Name,
            ["destination"] = byServer ? t.ApiServer : t.Context,
            ["stage"] = Stage(t),
            ["wave"] = Wave(t),
        });

        return new JsonObject
        {
            ["apiVersion"] = ApiVersion,
            ["kind"] = "ApplicationSet",
            ["metadata"] = new JsonObject { ["name"] = mesh, ["namespace"] = delivery.Namespace },
            ["spec"] = new JsonObject
            {
                ["goTemplate"] = true,
                ["goTemplateOptions"] = new JsonArray("missingkey=error"),
                ["generators"] = new JsonArray(new JsonObject { ["list"] = new JsonObject { ["elements"] = new JsonArray([.. elements]) } }),
                ["strategy"] = new JsonObject
                {
                    ["type"] = "RollingSync",
                    ["rollingSync"] = new JsonObject
                    {
                        ["steps"] = new JsonArray(Step("data-plane"), Step("mesh")),
                    },
                },
                ["template"] = new JsonObject
                {
                    ["metadata"] = new JsonObject
                    {
                        ["name"] = $"{mesh}-{{{{.target}}}}",
                        ["labels"] = new JsonObject { [StageLabel] = "{{.stage}}" },
                        ["annotations"] = new JsonObject { ["argocd.argoproj.io/sync-wave"] = "{{.wave}}" },
                    },
                    ["spec"] = ApplicationSpec(project, delivery, "{{.target}}", new JsonObject { [byServer ? "server" : "name"] = "{{.destination}}" }),
                },
            },
        };
    }

    private static JsonObject Application(string mesh, string project, ArgoCdDelivery delivery, Target target) => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = "Application",
        ["metadata"] = new JsonObject
        {
            ["name"] = $"{mesh}-{target.Name}",
            ["namespace"] = delivery.Namespace,
            ["labels"] = new JsonObject { [StageLabel] = Stage(target) },
            ["annotations"] = new JsonObject { ["argocd.argoproj.io/sync-wave"] = Wave(target) },
        },
        ["spec"] = ApplicationSpec(project, delivery, target.Name, Destination(target, new JsonObject())),
    };

    private static JsonObject ApplicationSpec(string project, ArgoCdDelivery delivery, string target, JsonObject destination)
    {
        var source = new JsonObject { ["repoURL"] = delivery.RepoUrl, ["targetRevision"] = delivery.Revision };
        if (delivery.UseKustomizeOverlays)
        {
            source["path"] = $"{delivery.KustomizePath}/{target}";
        }
        else
        {
            // The hydrated folder as a plain directory; its kustomization.yaml is for kubectl -k, not for Argo CD.
            source["path"] = $"{delivery.ManifestsPath}/{target}";
            source["directory"] = new JsonObject { ["recurse"] = true, ["exclude"] = ManifestEmitter.KustomizationFileName };
        }

        var syncPolicy = new JsonObject { ["syncOptions"] = new JsonArray("ServerSideApply=true") };
        if (delivery.AutomatedSync)
        {
            syncPolicy["automated"] = new JsonObject { ["prune"] = delivery.Prune, ["selfHeal"] = delivery.SelfHeal };
        }

        return new JsonObject
        {
            ["project"] = project,
            ["source"] = source,
            ["destination"] = destination,
            ["syncPolicy"] = syncPolicy,
        };
    }

    private static JsonObject Destination(Target target, JsonObject destination)
    {
        if (target.ApiServer is { } server)
        {
            destination["server"] = server;
        }
        else
        {
            destination["name"] = target.Context;
        }

        return destination;
    }

    private static JsonObject Step(string stage) => new()
    {
        ["matchExpressions"] = new JsonArray(new JsonObject { ["key"] = StageLabel, ["operator"] = "In", ["values"] = new JsonArray(stage) }),
    };

    private static string Stage(Target target) => target.Kind == TargetKind.Mesh ? "mesh" : "data-plane";

    private static string Wave(Target target) => target.Kind == TargetKind.Mesh ? "1" : "0";
}
