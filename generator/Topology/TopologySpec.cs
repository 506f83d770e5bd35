using Manifests.Generator.Helpers;
using Manifests.Generator.Topology.Names;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generator.Topology;

/// <summary>What the generator learned about one <c>[Topology]</c> class: the rule findings syntax can show, and its names.</summary>
/// <param name="TypeName">The topology class, fully qualified, for tracking and messages.</param>
/// <param name="Diagnostics">The findings, in the order the rules reported them.</param>
/// <param name="Names">The declared names for the generated constants; null when the mesh cannot be read from syntax.</param>
internal sealed record TopologySpec(string TypeName, EquatableArray<TopologyDiagnostic> Diagnostics, TopologyNamesSpec? Names);

/// <summary>A rule finding at a place in the user's C#.</summary>
/// <param name="RuleId">The rule id (MESHnnn), a key of <see cref="TopologyDiagnosticDescriptors"/>.</param>
/// <param name="Message">The rule's message with its fix.</param>
/// <param name="Span">Where it is reported.</param>
internal sealed record TopologyDiagnostic(string RuleId, string Message, SourceSpan Span);

/// <summary>
/// A span of a source file as plain values; <see cref="Location"/> is rebuilt when reporting, so the
/// pipeline keeps no syntax tree alive and compares by value.
/// </summary>
internal sealed record SourceSpan(string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(StartLine, StartCharacter), new LinePosition(EndLine, EndCharacter)));
}
