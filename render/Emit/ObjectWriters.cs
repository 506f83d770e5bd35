using k8s.Models;
using Argo = Manifests.Crds.Argoproj.V1Alpha1;
using Asm = Manifests.Crds.Alibabacloud.Istio.V1Beta1;
using Istio = Manifests.Crds.Istio.Networking.V1;

namespace Manifests.Render.Emit;

/// <summary>
/// Every kind the render builds as a typed object, most frequent first. The source generator writes
/// <c>TryWrite(object, IObjectSink)</c> and a writer per reachable type. A kind a factory builds must be listed
/// here: <see cref="ManifestSerializer"/> refuses a typed object it has no writer for.
/// </summary>
[ObjectWriters(
    typeof(V1Deployment),
    typeof(V1Service),
    typeof(V1ServiceAccount),
    typeof(Istio.DestinationRule),
    typeof(Istio.VirtualService),
    typeof(V1Namespace),
    typeof(Istio.Gateway),
    typeof(Asm.IstioGateway),
    typeof(Argo.Application),
    typeof(Argo.ApplicationSet),
    typeof(Argo.AppProject))]
internal static partial class ObjectWriters;
