using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>
/// Collects the problems of one object, naming the file and object once. Most objects have none, so the
/// object's display name and the list are only made when the first problem arrives.
/// </summary>
internal sealed class ProblemSink(string file, Func<string> objectName, RuleDescriptor rule)
{
    private static readonly IReadOnlyList<ValidationProblem> None = [];

    private List<ValidationProblem>? _problems;
    private string? _objectName;

    public ProblemSink(string file, string objectName, RuleDescriptor rule)
        : this(file, () => objectName, rule)
    {
    }

    public IReadOnlyList<ValidationProblem> Problems => _problems ?? None;

    public void Add(string fieldPath, string message) => Add(rule, fieldPath, message);

    public void Add(RuleDescriptor otherRule, string fieldPath, string message) =>
        (_problems ??= []).Add(new ValidationProblem(otherRule, file, _objectName ??= objectName(), fieldPath, message));
}
