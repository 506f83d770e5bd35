using System.Collections.Generic;

namespace Manifests.Rules;

/// <summary>How bad a finding is.</summary>
public enum RuleSeverity
{
    /// <summary>Rendering stops; nothing is written.</summary>
    Error,

    /// <summary>Reported; rendering goes on.</summary>
    Warning,
}

/// <summary>One topology rule: a stable id (never reused), what it means and how to fix it.</summary>
public sealed record RuleDescriptor(string Id, string Title, RuleSeverity Severity, string Fix, string? IstioCode)
{
    /// <summary>The page that shows a wrong and a right snippet.</summary>
    public string HelpLink => "docs/diagnostics/" + Id + ".md";
}

/// <summary>Every topology rule, in one place. Ids are stable: a retired rule keeps its number.</summary>
public static class RuleDescriptors
{
    /// <summary>A name is not a valid Kubernetes name.</summary>
    public static readonly RuleDescriptor InvalidName = new("MESH001", "Name is not a valid Kubernetes name", RuleSeverity.Error,
        "use lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters (port names: at most 15, with a letter)", null);

    /// <summary>Two services share a name and namespace.</summary>
    public static readonly RuleDescriptor DuplicateService = new("MESH002", "Duplicate service", RuleSeverity.Error,
        "give each service in a namespace its own name, or merge the two declarations", null);

    /// <summary>Two versions of a service share a name.</summary>
    public static readonly RuleDescriptor DuplicateVersion = new("MESH003", "Duplicate version", RuleSeverity.Error,
        "give each version of the service its own name", null);

    /// <summary>Two clusters share a name.</summary>
    public static readonly RuleDescriptor DuplicateCluster = new("MESH004", "Duplicate cluster", RuleSeverity.Error,
        "declare each cluster once", null);

    /// <summary>A version runs on a cluster that is not declared.</summary>
    public static readonly RuleDescriptor UnknownCluster = new("MESH005", "Version placed on an undeclared cluster", RuleSeverity.Error,
        "add the cluster to Mesh.Clusters, or name one of the declared clusters", null);

    /// <summary>A policy names a version the service lacks.</summary>
    public static readonly RuleDescriptor UnknownVersion = new("MESH006", "Traffic policy names a version the service does not have", RuleSeverity.Error,
        "name one of the service's versions, or declare the version", "IST0101");

    /// <summary>A route goes to a missing service or port.</summary>
    public static readonly RuleDescriptor UnknownDestination = new("MESH007", "Route to a service or port that does not exist", RuleSeverity.Error,
        "route to a declared service and one of its port numbers", "IST0101");

    /// <summary>Weights are negative or do not sum to 100.</summary>
    public static readonly RuleDescriptor BadWeights = new("MESH008", "Weights are negative or do not sum to 100", RuleSeverity.Error,
        "use weights from 0 to 100 that add up to exactly 100", null);

    /// <summary>A route names a gateway that is not declared.</summary>
    public static readonly RuleDescriptor UnknownGateway = new("MESH009", "Route bound to an undeclared gateway", RuleSeverity.Error,
        "name a gateway from Mesh.Gateways, or declare it", "IST0101");

    /// <summary>A route's host is not accepted by its gateway.</summary>
    public static readonly RuleDescriptor HostNotOnGateway = new("MESH010", "Route host is not accepted by its gateway", RuleSeverity.Error,
        "add the host to one of the gateway's servers, or route a host the gateway accepts", "IST0132");

    /// <summary>A gateway server port is not exposed by the ingress gateway.</summary>
    public static readonly RuleDescriptor PortNotOnIngressGateway = new("MESH011", "Gateway port not exposed by the ingress gateway", RuleSeverity.Error,
        "use a port listed in the ingress gateway's Ports, or add it there", "IST0162");

    /// <summary>A gateway selects no ingress gateway.</summary>
    public static readonly RuleDescriptor UnknownIngressGateway = new("MESH012", "Gateway selects no ingress gateway", RuleSeverity.Error,
        "name an ingress gateway from Mesh.IngressGateways", "IST0101");

    /// <summary>A port name lacks Istio's protocol prefix.</summary>
    public static readonly RuleDescriptor PortNameProtocol = new("MESH013", "Port name does not follow Istio's protocol prefix convention", RuleSeverity.Warning,
        "name the port '<protocol>' or '<protocol>-<suffix>', e.g. http, http-web, grpc, tcp-db", "IST0118");

    /// <summary>A service is called but runs nowhere.</summary>
    public static readonly RuleDescriptor CalledServiceNotRunning = new("MESH014", "Called service has no version running anywhere", RuleSeverity.Error,
        "place a version of the called service on a cluster, or remove the call", null);

    /// <summary>A service calls one that is not declared.</summary>
    public static readonly RuleDescriptor UnknownCall = new("MESH015", "Call to an undeclared service", RuleSeverity.Error,
        "declare the called service in Mesh.Services, or correct the name", null);

    /// <summary>The same service is declared with different ports.</summary>
    public static readonly RuleDescriptor ConflictingPorts = new("MESH016", "Service declared with different ports", RuleSeverity.Error,
        "declare the service once, with one port list used in every cluster", "IST0170");

    /// <summary>A container port has no Service port targeting it.</summary>
    public static readonly RuleDescriptor UnservedContainerPort = new("MESH017", "Container port has no Service port targeting it", RuleSeverity.Error,
        "set ContainerPort to a port the Service targets, or add a Service port with that TargetPort", null);

    /// <summary>An image has no tag or uses latest.</summary>
    public static readonly RuleDescriptor UnpinnedImage = new("MESH018", "Image without a tag or with ':latest'", RuleSeverity.Warning,
        "pin the image to a version tag or a digest, e.g. repo/app:1.15.0", null);

    /// <summary>An ingress gateway is outside istio-system.</summary>
    public static readonly RuleDescriptor GatewayNamespace = new("MESH019", "Ingress gateway outside istio-system", RuleSeverity.Error,
        "ASM creates ingress gateways in istio-system: set Namespace = \"istio-system\"", null);

    /// <summary>A number is out of range.</summary>
    public static readonly RuleDescriptor OutOfRange = new("MESH020", "Value out of range", RuleSeverity.Error,
        "ports are 1 to 65535; replicas are 0 or more", null);

    /// <summary>A literal value that looks like a secret.</summary>
    public static readonly RuleDescriptor LiteralSecret = new("MESH021", "Secret given as a literal value", RuleSeverity.Error,
        "read it from a Secret: EnvironmentVariable.FromSecret(name, secretName, key)", null);

    /// <summary>Two objects would share a file.</summary>
    public static readonly RuleDescriptor NameCollision = new("MESH022", "Two objects of the same kind and name in one place", RuleSeverity.Error,
        "rename one of them; for example an ingress route named like a routed service", null);

    /// <summary>A cluster takes a folder name the tool uses.</summary>
    public static readonly RuleDescriptor ReservedName = new("MESH023", "Cluster name is reserved", RuleSeverity.Error,
        "'mesh' and 'argocd' name output folders of their own: choose another cluster name", null);

    /// <summary>A service with versions placed on no cluster.</summary>
    public static readonly RuleDescriptor VersionRunsNowhere = new("MESH024", "Version runs on no cluster", RuleSeverity.Warning,
        "list at least one cluster in the version's Clusters", null);

    /// <summary>A rendered object breaks Kubernetes' own rules for its kind.</summary>
    public static readonly RuleDescriptor InvalidObject = new("MESH025", "Rendered object breaks Kubernetes' rules for its kind", RuleSeverity.Error,
        "correct the declaration the object comes from; the message names the output file, the object and the field", null);

    /// <summary>A rendered custom resource does not match its CRD's schema.</summary>
    public static readonly RuleDescriptor SchemaViolation = new("MESH026", "Custom resource does not match its CRD schema", RuleSeverity.Error,
        "correct the declaration the object comes from so that the field matches the CRD shipped in crds/", null);

    /// <summary>A Secret's data would be written into the manifests.</summary>
    public static readonly RuleDescriptor SecretData = new("MESH027", "Secret data in the output", RuleSeverity.Error,
        "never put secret values in the topology: reference an existing Secret (EnvironmentVariable.FromSecret, SecretVolume)", null);

    /// <summary>A workload under a security policy has no resource requests and limits.</summary>
    public static readonly RuleDescriptor MissingResources = new("MESH028", "Workload under a security policy without resource requests and limits", RuleSeverity.Error,
        "set Resources on the version, or DefaultResources on the security policy", null);

    /// <summary>A value has the shape of a credential.</summary>
    public static readonly RuleDescriptor CredentialValue = new("MESH029", "Value looks like a credential", RuleSeverity.Error,
        "keep keys and tokens out of the topology: put them in a Secret and reference it (EnvironmentVariable.FromSecret, SecretVolume)", null);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new[]
    {
        InvalidName, DuplicateService, DuplicateVersion, DuplicateCluster, UnknownCluster, UnknownVersion,
        UnknownDestination, BadWeights, UnknownGateway, HostNotOnGateway, PortNotOnIngressGateway,
        UnknownIngressGateway, PortNameProtocol, CalledServiceNotRunning, UnknownCall, ConflictingPorts,
        UnservedContainerPort, UnpinnedImage, GatewayNamespace, OutOfRange, LiteralSecret, NameCollision,
        ReservedName, VersionRunsNowhere, InvalidObject, SchemaViolation, SecretData, MissingResources, CredentialValue,
    };
}

/// <summary>A rule broken at a place.</summary>
public sealed record RuleFinding(RuleDescriptor Rule, string Message, FactLocation Location)
{
    /// <summary>MSBuild's canonical error form, so IDEs and CI logs link to the C# line.</summary>
    public string ToMsBuildFormat()
    {
        var severity = Rule.Severity == RuleSeverity.Error ? "error" : "warning";
        var place = Location.FilePath.Length == 0 ? "topology" : Location.FilePath + "(" + Location.Line + "," + Location.Column + ")";
        return place + ": " + severity + " " + Rule.Id + ": " + Message + " Fix: " + Rule.Fix + ".";
    }
}
