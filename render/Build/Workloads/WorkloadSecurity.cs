using k8s.Models;
using Manifests.Model;

namespace Manifests.Render.Build.Workloads;

/// <summary>
/// The security contexts a <see cref="SecurityPolicy"/> asks for. Each field is one rule of the Pod
/// Security Standards' "restricted" profile; without a policy nothing is added, so output stays as declared.
/// </summary>
internal static class WorkloadSecurity
{
    private const string RuntimeDefault = "RuntimeDefault";

    public static V1PodSecurityContext? Pod(SecurityPolicy? policy) => policy is { RestrictedPodSecurity: true }
        ? new V1PodSecurityContext
        {
            RunAsNonRoot = true,
            RunAsUser = policy.RunAsUser,
            SeccompProfile = new V1SeccompProfile { Type = RuntimeDefault },
        }
        : null;

    public static V1SecurityContext? Container(SecurityPolicy? policy)
    {
        if (policy is null || (!policy.RestrictedPodSecurity && !policy.ReadOnlyRootFilesystem))
        {
            return null;
        }

        return policy.RestrictedPodSecurity
            ? new V1SecurityContext
            {
                AllowPrivilegeEscalation = false,
                Capabilities = new V1Capabilities { Drop = ["ALL"] },
                Privileged = false,
                ReadOnlyRootFilesystem = policy.ReadOnlyRootFilesystem ? true : null,
                RunAsNonRoot = true,
                SeccompProfile = new V1SeccompProfile { Type = RuntimeDefault },
            }
            : new V1SecurityContext { ReadOnlyRootFilesystem = true };
    }
}
