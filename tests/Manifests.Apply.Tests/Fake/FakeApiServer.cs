using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Manifests.Apply.Tests.Fake;

/// <summary>
/// A small Kubernetes API server on 127.0.0.1 (plain http, free port): discovery, OpenAPI v3, server-side apply,
/// get, list and delete for the kinds it is told to serve; it records every request.
/// </summary>
public sealed class FakeApiServer : IAsyncDisposable
{
    private static long sequence;
    private readonly WebApplication app;
    private readonly List<RecordedRequest> requests = [];
    private readonly FakeObjectStore store;

    private FakeApiServer(string name, IReadOnlyList<ServedKind> kinds, IEnumerable<string> namespaces)
    {
        Name = name;
        Kinds = kinds;
        store = new FakeObjectStore(namespaces);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.Run(HandleAsync);
    }

    /// <summary>The target this server stands for.</summary>
    public string Name { get; }

    /// <summary>The kinds it serves.</summary>
    public IReadOnlyList<ServedKind> Kinds { get; }

    /// <summary>Its base URL, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Url { get; private set; } = "";

    /// <summary>When set, every write (PATCH, POST, PUT, DELETE) is answered with this status.</summary>
    public int? FailWritesWith { get; set; }

    /// <summary>Limits <see cref="FailWritesWith"/> to one resource, e.g. <c>deployments</c>.</summary>
    public string? FailOnlyResource { get; set; }

    /// <summary>When set, the connection is dropped on every write, as when a server dies after preflight.</summary>
    public bool DropWrites { get; set; }

    /// <summary>When set, writes are answered only after this long (or when the client goes away).</summary>
    public TimeSpan? DelayWrites { get; set; }

    /// <summary>When set, applies without <c>force=true</c> are refused as conflicting with this field manager.</summary>
    public string? ConflictingManager { get; set; }

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (requests) { return requests.ToList(); } }
    }

    /// <summary>The writes that changed state (not dry runs), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Writes => Requests
        .Where(r => r.Method is "PATCH" or "POST" or "PUT" or "DELETE" && r.DryRun is null).ToList();

    public static async Task<FakeApiServer> StartAsync(
        string name, IReadOnlyList<ServedKind> kinds, IEnumerable<string>? namespaces = null)
    {
        var server = new FakeApiServer(name, kinds, namespaces ?? ["default", "kube-system", "istio-system"]);
        await server.app.StartAsync();
        var addresses = server.app.Services.GetService(typeof(IServer)) is IServer s
            ? s.Features.Get<IServerAddressesFeature>()?.Addresses
            : null;
        server.Url = addresses?.Single() ?? throw new InvalidOperationException("Kestrel reported no address");
        return server;
    }

    /// <summary>Puts an object in place as if someone had applied it before.</summary>
    public void Seed(string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var apiVersion = (string)body["apiVersion"]!;
        var kind = Kinds.Single(k => k.GroupVersion == apiVersion && k.Kind == (string)body["kind"]!);
        store.Put(kind, kind.Namespaced ? (string?)body["metadata"]?["namespace"] ?? "default" : null, body, "seed", false);
    }

    /// <summary>The stored object, or <see langword="null"/>.</summary>
    public JsonObject? Get(ServedKind kind, string? ns, string name) => store.Get(kind, ns, name);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var recorded = new RecordedRequest(Interlocked.Increment(ref sequence), request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
            request.ContentType, request.Query["fieldManager"].FirstOrDefault(), request.Query["dryRun"].FirstOrDefault(), body);
        lock (requests)
        {
            requests.Add(recorded);
        }

        if (request.Method != "GET" && DropWrites)
        {
            context.Abort();
            return;
        }

        if (request.Method != "GET" && DelayWrites is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var (status, reply) = Answer(recorded, request.Headers.Accept.ToString(), request.Query["labelSelector"].FirstOrDefault());
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.ToJsonString());
    }

    private (int Status, JsonNode Reply) Answer(RecordedRequest r, string accept, string? labelSelector)
    {
        var path = r.Path.TrimEnd('/');
        switch (path)
        {
            case "/version": return (200, FakeDiscovery.Version());
            case "/api": return (200, FakeDiscovery.CoreVersions(Kinds));
            case "/apis": return (200, FakeDiscovery.Groups(Kinds));
            case "/openapi/v3": return (200, FakeDiscovery.OpenApiRoot(Kinds));
        }

        if (path.StartsWith("/openapi/v3/", StringComparison.Ordinal))
        {
            var served = Kinds.Where(k => k.OpenApiKey == path["/openapi/v3/".Length..]).ToList();
            return served.Count == 0 ? NotFound("the server could not find the requested resource") : (200, FakeDiscovery.OpenApiGroupVersion(served));
        }

        var discovered = Kinds.Where(k => k.DiscoveryPath == path).ToList();
        if (discovered.Count > 0)
        {
            return (200, FakeDiscovery.Resources(discovered[0].GroupVersion, discovered));
        }

        return FakeResourceRoute.TryParse(path, Kinds) is { } route
            ? Resource(r, route, accept, labelSelector)
            : NotFound("the server could not find the requested resource");
    }

    private (int, JsonNode) Resource(RecordedRequest r, FakeResourceRoute route, string accept, string? labelSelector)
    {
        var kind = route.Kind;
        if (r.Method != "GET" && FailWritesWith is { } failure && (FailOnlyResource is null || FailOnlyResource == kind.Plural))
        {
            return (failure, Status(failure, "InternalError", $"Internal error occurred: {Name} is failing on purpose"));
        }

        if (r.Method == "PATCH" && ConflictingManager is { } other && !r.Query.Contains("force=true", StringComparison.Ordinal))
        {
            var conflict = $"Apply failed with 1 conflict: conflict with \"{other}\": .spec.replicas";
            var status = Status(409, "Conflict", conflict);
            status["details"] = new JsonObject
            {
                ["causes"] = new JsonArray(new JsonObject
                {
                    ["reason"] = "FieldManagerConflict", ["message"] = $"conflict with \"{other}\"", ["field"] = ".spec.replicas",
                }),
            };
            return (409, status);
        }

        if (kind.Namespaced && route.Namespace is { } ns && r.Method is "PATCH" or "POST" or "PUT" && !store.NamespaceExists(ns))
        {
            return NotFound($"namespaces \"{ns}\" not found");
        }

        var metadataOnly = accept.Contains("as=PartialObjectMetadata", StringComparison.Ordinal);
        switch (r.Method, route.Name)
        {
            case ("GET", null):
                var items = store.List(kind, route.Namespace, labelSelector);
                return (200, new JsonObject
                {
                    ["apiVersion"] = metadataOnly ? "meta.k8s.io/v1" : kind.GroupVersion,
                    ["kind"] = metadataOnly ? "PartialObjectMetadataList" : kind.Kind + "List",
                    ["metadata"] = new JsonObject { ["resourceVersion"] = "1" },
                    ["items"] = new JsonArray(items.Select(i => (JsonNode)(metadataOnly ? MetadataOnly(i) : i)).ToArray()),
                });
            case ("GET", { } name):
                return store.Get(kind, route.Namespace, name) is { } found
                    ? (200, metadataOnly ? MetadataOnly(found) : found)
                    : NotFound($"{kind.Plural}.{kind.Group} \"{name}\" not found".Replace(". \"", " \"", StringComparison.Ordinal));
            case ("PATCH" or "PUT" or "POST", _):
                JsonObject body;
                try
                {
                    body = JsonNode.Parse(r.Body)!.AsObject();
                }
                catch (System.Text.Json.JsonException e)
                {
                    return (400, Status(400, "BadRequest", $"the fake server reads JSON bodies only: {e.Message}"));
                }

                var (stored, created) = store.Put(kind, route.Namespace, body, r.FieldManager ?? "unknown", r.DryRun == "All");
                return (created ? 201 : 200, stored);
            case ("DELETE", { } name):
                return store.Delete(kind, route.Namespace, name)
                    ? (200, Status(200, "", "deleted", "Success"))
                    : NotFound($"{kind.Plural} \"{name}\" not found");
            default:
                return (405, Status(405, "MethodNotAllowed", $"{r.Method} is not supported here"));
        }
    }

    private static JsonObject MetadataOnly(JsonObject o) => new()
    {
        ["apiVersion"] = "meta.k8s.io/v1", ["kind"] = "PartialObjectMetadata", ["metadata"] = o["metadata"]!.DeepClone(),
    };

    private static (int, JsonNode) NotFound(string message) => (404, Status(404, "NotFound", message));

    private static JsonObject Status(int code, string reason, string message, string status = "Failure") => new()
    {
        ["kind"] = "Status", ["apiVersion"] = "v1", ["metadata"] = new JsonObject(), ["status"] = status,
        ["message"] = message, ["reason"] = reason, ["code"] = code,
    };
}
