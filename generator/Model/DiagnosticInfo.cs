using Manifests.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generator.Model;

/// <summary>
/// A diagnostic as a plain value: the descriptor's id, where it points in an additional file, and the message
/// arguments. <see cref="Location"/> is not equatable across runs, so it is rebuilt only when reporting.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string FilePath,
    int Line,
    int Column,
    EquatableArray<string> MessageArguments)
{
    /// <summary>Makes a diagnostic at a zero-based line and column.</summary>
    public static DiagnosticInfo At(string id, string filePath, int line, int column, params string[] arguments)
        => new(id, filePath, line, column, arguments.ToEquatableArray());

    /// <summary>Builds the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        var position = new LinePosition(Line, Column);
        Location location = FilePath.Length == 0
            ? Location.None
            : Location.Create(FilePath, default, new LinePositionSpan(position, position));
        var arguments = new object[MessageArguments.Count];
        for (int i = 0; i < arguments.Length; i++)
        {
            arguments[i] = MessageArguments[i];
        }

        return Diagnostic.Create(DiagnosticDescriptors.ById(Id), location, arguments);
    }
}
