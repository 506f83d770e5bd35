using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// Where an expression is read: the topology's own <c>Declare()</c> (the root), or the body of a helper
/// method called from it, with the helper's parameters bound to the caller's argument expressions.
/// </summary>
internal sealed class SyntaxScope
{
    private readonly Dictionary<string, ScopedExpression> arguments;

    private SyntaxScope(IMethodSymbol? method, SyntaxScope? caller, ExpressionSyntax? callSite, Dictionary<string, ScopedExpression> arguments)
    {
        Method = method;
        Caller = caller;
        CallSite = callSite;
        this.arguments = arguments;
        Depth = caller == null ? 0 : caller.Depth + 1;
    }

    /// <summary>The scope of <c>Declare()</c> itself.</summary>
    public static SyntaxScope Root { get; } = new(null, null, null, new Dictionary<string, ScopedExpression>());

    /// <summary>The helper whose body this scope reads; null at the root.</summary>
    public IMethodSymbol? Method { get; }

    /// <summary>The scope the helper was called from.</summary>
    public SyntaxScope? Caller { get; }

    /// <summary>The helper call, in <see cref="Caller"/>.</summary>
    public ExpressionSyntax? CallSite { get; }

    /// <summary>How many helper calls deep this scope is.</summary>
    public int Depth { get; }

    public bool IsRoot => Caller == null;

    /// <summary>Enters <paramref name="method"/>, called at <paramref name="callSite"/> from this scope.</summary>
    public SyntaxScope Enter(IMethodSymbol method, ExpressionSyntax callSite, Dictionary<string, ScopedExpression> boundArguments) =>
        new(method, this, callSite, boundArguments);

    /// <summary>The caller's expression for <paramref name="parameter"/>, if this scope's helper declares it and it was passed.</summary>
    public bool TryGetArgument(IParameterSymbol parameter, out ScopedExpression argument)
    {
        argument = default;
        return Method != null &&
            SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, Method) &&
            arguments.TryGetValue(parameter.Name, out argument);
    }
}

/// <summary>An expression together with the scope it is read in.</summary>
internal readonly struct ScopedExpression
{
    public ScopedExpression(ExpressionSyntax syntax, SyntaxScope scope)
    {
        Syntax = syntax;
        Scope = scope;
    }

    public ExpressionSyntax Syntax { get; }

    public SyntaxScope Scope { get; }

    public bool IsDefault => Syntax == null;

    public ScopedExpression With(ExpressionSyntax syntax) => new(syntax, Scope);
}
