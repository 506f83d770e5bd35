using Manifests.Rules;

namespace Manifests.Render.Validate;

/// <summary>Collects the problems of one object, naming the file and object once.</summary>
internal sealed class ProblemSink(string file, string objectName, RuleDescriptor rule)
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Add(string fieldPath, string message) => _problems.Add(new ValidationProblem(rule, file, objectName, fieldPath, message));

    public void Add(RuleDescriptor otherRule, string fieldPath, string message) =>
        _problems.Add(new ValidationProblem(otherRule, file, objectName, fieldPath, message));
}
