using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Manifests.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Generator.Topology.Reading;

/// <summary>
/// Reads values out of syntax without running code: constants (literals, <c>const</c> fields and locals,
/// interpolations and concatenations of them), collections written in place, object creations of model
/// types, and calls to simple helper methods whose parameters are bound to the caller's arguments.
/// Anything else is unknown, and an unknown value is null: the rules stay silent on it.
/// </summary>
internal sealed partial class SyntaxReader
{
    private const int MaxHelperDepth = 8;

    private readonly Compilation compilation;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<SyntaxTree, SemanticModel> models = new();
    private readonly Dictionary<string, SyntaxTree> treesByPath = new();

    public SyntaxReader(SemanticModel rootModel, CancellationToken cancellationToken)
    {
        compilation = rootModel.Compilation;
        this.cancellationToken = cancellationToken;
        models.Add(rootModel.SyntaxTree, rootModel);
    }

    /// <summary>Where a value read from <paramref name="expression"/> is reported: its own span in
    /// <c>Declare()</c>, or the call of the helper it was built in.</summary>
    public FactLocation Locate(ScopedExpression expression)
    {
        var current = expression;
        while (!current.Scope.IsRoot)
        {
            current = new ScopedExpression(current.Scope.CallSite!, current.Scope.Caller!);
        }

        var tree = current.Syntax.SyntaxTree;
        treesByPath[tree.FilePath] = tree;
        var start = tree.GetLineSpan(current.Syntax.Span).StartLinePosition;
        return new FactLocation(tree.FilePath, start.Line + 1, start.Character + 1, current.Syntax.SpanStart, current.Syntax.Span.Length);
    }

    /// <summary>The span of a location made by <see cref="Locate"/>.</summary>
    public SourceSpan? ToSourceSpan(FactLocation location)
    {
        if (location.Start < 0 || !treesByPath.TryGetValue(location.FilePath, out var tree))
        {
            return null;
        }

        var lines = tree.GetLineSpan(new TextSpan(location.Start, location.Length));
        return new SourceSpan(location.FilePath, location.Start, location.Length,
            lines.StartLinePosition.Line, lines.StartLinePosition.Character, lines.EndLinePosition.Line, lines.EndLinePosition.Character);
    }

    /// <summary>Follows parentheses, <c>!</c>, helper parameters and helper calls to the expression that makes the value.</summary>
    public ScopedExpression? Resolve(ScopedExpression expression)
    {
        var current = expression;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (current.Syntax)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    current = current.With(parenthesized.Expression);
                    continue;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    current = current.With(suppressed.Operand);
                    continue;
                case IdentifierNameSyntax identifier when Symbol(current.With(identifier)) is IParameterSymbol parameter:
                    if (!current.Scope.TryGetArgument(parameter, out var argument))
                    {
                        return null;
                    }

                    current = argument;
                    continue;
                case InvocationExpressionSyntax invocation when TryEnterHelper(current.With(invocation), out var returned):
                    current = returned;
                    continue;
                default:
                    return current;
            }
        }
    }

    /// <summary>A string the expression certainly has, with where to report it.</summary>
    public (string? Value, FactLocation Location) ReadString(ScopedExpression? expression)
    {
        if (expression is not { } given)
        {
            return (null, FactLocation.None);
        }

        var value = Evaluate(given);
        return (value as string, Locate(Resolve(given) ?? given));
    }

    /// <summary>An integer the expression certainly has.</summary>
    public int? ReadInt(ScopedExpression? expression) => expression is { } given && Evaluate(given) is int value ? value : null;

    /// <summary>The element expressions of a collection written in place; <c>Complete</c> is false when some are not visible.</summary>
    public (IReadOnlyList<ScopedExpression> Items, bool Complete) ReadList(ScopedExpression expression)
    {
        if (Resolve(expression) is not { } resolved)
        {
            return (new List<ScopedExpression>(), false);
        }

        var elements = resolved.Syntax switch
        {
            CollectionExpressionSyntax collection => collection.Elements.Select(e => (e as ExpressionElementSyntax)?.Expression).ToList(),
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Select(e => (ExpressionSyntax?)e).ToList(),
            ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.Select(e => (ExpressionSyntax?)e).ToList(),
            ObjectCreationExpressionSyntax { Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } initializer } =>
                initializer.Expressions.Select(e => e is InitializerExpressionSyntax ? null : (ExpressionSyntax?)e).ToList(),
            _ => null,
        };

        if (elements == null)
        {
            return (new List<ScopedExpression>(), false);
        }

        // A spread (..others) or a complex element hides how many items there are.
        var items = elements.Where(e => e != null).Select(e => resolved.With(e!)).ToList();
        return (items, items.Count == elements.Count);
    }
    private object? Evaluate(ScopedExpression expression)
    {
        if (Resolve(expression) is not { } resolved)
        {
            return null;
        }

        var constant = Model(resolved.Syntax).GetConstantValue(resolved.Syntax, cancellationToken);
        if (constant.HasValue)
        {
            return constant.Value;
        }

        switch (resolved.Syntax)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                var text = new System.Text.StringBuilder();
                foreach (var content in interpolated.Contents)
                {
                    var part = content switch
                    {
                        InterpolatedStringTextSyntax literal => literal.TextToken.ValueText,
                        InterpolationSyntax { AlignmentClause: null, FormatClause: null } hole => Text(Evaluate(resolved.With(hole.Expression))),
                        _ => null,
                    };

                    if (part == null)
                    {
                        return null;
                    }

                    text.Append(part);
                }

                return text.ToString();
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add:
                var left = Evaluate(resolved.With(add.Left));
                var right = Evaluate(resolved.With(add.Right));
                return (left, right) switch
                {
                    (int a, int b) => a + b,
                    (string or int, string or int) => Text(left) + Text(right),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static string? Text(object? value) => value switch
    {
        string s => s,
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private bool TryEnterHelper(ScopedExpression invocation, out ScopedExpression returned)
    {
        returned = default;
        if (invocation.Scope.Depth >= MaxHelperDepth ||
            Operation(invocation) is not IInvocationOperation { TargetMethod: var method } operation ||
            method.IsGenericMethod ||
            method.DeclaringSyntaxReferences.Length != 1 ||
            MethodBodies.ReturnedExpression(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken)) is not { } body)
        {
            return false;
        }

        var bound = new Dictionary<string, ScopedExpression>();
        foreach (var argument in operation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter != null && argument.Value.Syntax is ExpressionSyntax value)
            {
                bound[argument.Parameter.Name] = invocation.With(value);
            }
        }

        returned = new ScopedExpression(body, invocation.Scope.Enter(method, invocation.Syntax, bound));
        return true;
    }

    private ISymbol? Symbol(ScopedExpression expression) => Model(expression.Syntax).GetSymbolInfo(expression.Syntax, cancellationToken).Symbol;

    private IOperation? Operation(ScopedExpression expression) => Model(expression.Syntax).GetOperation(expression.Syntax, cancellationToken);

    private SemanticModel Model(SyntaxNode node)
    {
        if (!models.TryGetValue(node.SyntaxTree, out var model))
        {
            model = compilation.GetSemanticModel(node.SyntaxTree);
            models.Add(node.SyntaxTree, model);
        }

        return model;
    }
}
