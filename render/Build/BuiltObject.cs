namespace Manifests.Render.Build;

/// <summary>A Kubernetes object ready to serialize, with the identity its file is named by.</summary>
/// <param name="Kind">The object's kind, such as <c>Deployment</c>.</param>
/// <param name="Name">The object's name.</param>
/// <param name="Namespace">The object's namespace; <see langword="null"/> for cluster-scoped kinds.</param>
/// <param name="Body">The object: a <c>k8s.Models</c> type or a generated custom resource type.</param>
internal sealed record BuiltObject(string Kind, string Name, string? Namespace, object Body);
