using k8s.Models;

namespace Manifests.Reliability.Tests.Security;

/// <summary>
/// The Pod Security Standards' "restricted" profile (kubernetes.io/docs/concepts/security/pod-security-standards,
/// baseline controls included), checked field by field on a pod spec, written from the standard and not from
/// the code under test. Each violation names the control and the field.
/// </summary>
internal static class RestrictedProfile
{
    private static readonly HashSet<string> BaselineCapabilities = new(StringComparer.Ordinal)
    {
        "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
    };

    private static readonly HashSet<string> SafeSysctls = new(StringComparer.Ordinal)
    {
        "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
        "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
        "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes",
    };

    public static List<string> Violations(V1PodSpec pod)
    {
        var violations = new List<string>();
        var podContext = pod.SecurityContext;
        var containers = (pod.InitContainers ?? []).Concat(pod.Containers ?? []).ToList();

        // Baseline: host namespaces, host ports, hostPath, privileged, capabilities, /proc, sysctls, AppArmor, SELinux, Windows host process.
        if (pod.HostNetwork == true) violations.Add("Host Namespaces: spec.hostNetwork must be unset or false");
        if (pod.HostPID == true) violations.Add("Host Namespaces: spec.hostPID must be unset or false");
        if (pod.HostIPC == true) violations.Add("Host Namespaces: spec.hostIPC must be unset or false");
        if (podContext?.WindowsOptions?.HostProcess == true) violations.Add("HostProcess: spec.securityContext.windowsOptions.hostProcess must be unset or false");
        foreach (var sysctl in podContext?.Sysctls ?? [])
        {
            if (!SafeSysctls.Contains(sysctl.Name)) violations.Add($"Sysctls: {sysctl.Name} is not in the safe set");
        }

        if (podContext?.SeLinuxOptions is { } podSe && (podSe.User is not null || podSe.Role is not null || podSe.Type is not (null or "" or "container_t" or "container_init_t" or "container_kvm_t" or "container_engine_t")))
        {
            violations.Add("SELinux: spec.securityContext.seLinuxOptions may only set an allowed type");
        }

        // Restricted: volume types.
        foreach (var volume in pod.Volumes ?? [])
        {
            var allowed = volume.ConfigMap is not null || volume.Csi is not null || volume.DownwardAPI is not null || volume.EmptyDir is not null ||
                volume.Ephemeral is not null || volume.PersistentVolumeClaim is not null || volume.Projected is not null || volume.Secret is not null;
            if (!allowed) violations.Add($"Volume Types: volume '{volume.Name}' is of a type restricted does not allow");
        }

        // Restricted: non-root (pod-level true, or every container true; no container false) and not UID 0.
        var podNonRoot = podContext?.RunAsNonRoot == true;
        if (podContext?.RunAsUser == 0) violations.Add("Running as Non-root user: spec.securityContext.runAsUser must not be 0");
        var podSeccomp = podContext?.SeccompProfile?.Type;
        if (podSeccomp is not (null or "RuntimeDefault" or "Localhost")) violations.Add($"Seccomp: spec.securityContext.seccompProfile.type is {podSeccomp}");

        foreach (var container in containers)
        {
            var at = $"container '{container.Name}'";
            var context = container.SecurityContext;
            if (context?.Privileged == true) violations.Add($"Privileged Containers: {at} securityContext.privileged must be unset or false");
            if (context?.WindowsOptions?.HostProcess == true) violations.Add($"HostProcess: {at} windowsOptions.hostProcess must be unset or false");
            if (context?.ProcMount is not (null or "Default")) violations.Add($"/proc Mount Type: {at} procMount must be Default");
            if (context?.AppArmorProfile?.Type is not (null or "RuntimeDefault" or "Localhost")) violations.Add($"AppArmor: {at} appArmorProfile.type is not allowed");
            if (context?.SeLinuxOptions is { } se && (se.User is not null || se.Role is not null)) violations.Add($"SELinux: {at} may not set seLinuxOptions.user or role");
            foreach (var port in container.Ports ?? [])
            {
                if (port.HostPort is not (null or 0)) violations.Add($"Host Ports: {at} hostPort {port.HostPort}");
            }

            if (context?.AllowPrivilegeEscalation != false) violations.Add($"Privilege Escalation: {at} securityContext.allowPrivilegeEscalation must be false");
            if (context?.RunAsNonRoot == false || (!podNonRoot && context?.RunAsNonRoot != true)) violations.Add($"Running as Non-root: {at} runAsNonRoot must be true (here or on the pod)");
            if (context?.RunAsUser == 0) violations.Add($"Running as Non-root user: {at} runAsUser must not be 0");
            var seccomp = context?.SeccompProfile?.Type;
            if (seccomp is "Unconfined" || (seccomp is null && podSeccomp is not ("RuntimeDefault" or "Localhost")))
            {
                violations.Add($"Seccomp: {at} needs seccompProfile.type RuntimeDefault or Localhost (here or on the pod)");
            }

            if (context?.Capabilities?.Drop?.Contains("ALL") != true) violations.Add($"Capabilities: {at} must drop ALL");
            foreach (var added in context?.Capabilities?.Add ?? [])
            {
                if (added != "NET_BIND_SERVICE") violations.Add($"Capabilities: {at} may add only NET_BIND_SERVICE, not {added}");
                if (!BaselineCapabilities.Contains(added)) violations.Add($"Capabilities (baseline): {at} adds {added}");
            }
        }

        return violations;
    }
}
