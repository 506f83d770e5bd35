using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>One thing wrong with one rendered object.</summary>
/// <param name="Rule">The rule broken.</param>
/// <param name="File">The output file, relative to the output root.</param>
/// <param name="Object">The object, as <c>Kind namespace/name</c>.</param>
/// <param name="FieldPath">The field, as Kubernetes names it (<c>spec.ports[0].port</c>).</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record ValidationProblem(RuleDescriptor Rule, string File, string Object, string FieldPath, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: {Object}: {FieldPath}: {Message}";
}
