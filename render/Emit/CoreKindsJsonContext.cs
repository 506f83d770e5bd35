using System.Text.Json.Serialization;
using k8s.Models;

namespace Manifests.Render.Emit;

/// <summary>
/// Serialization metadata for the core kinds the render emits, made at compile time. Built by reflection
/// instead, the first Deployment would cost a walk over the whole pod-spec type graph and the compilation
/// of an accessor per property: a third of a second before the first file.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(V1Namespace))]
[JsonSerializable(typeof(V1Service))]
[JsonSerializable(typeof(V1ServiceAccount))]
[JsonSerializable(typeof(V1Deployment))]
internal sealed partial class CoreKindsJsonContext : JsonSerializerContext;
