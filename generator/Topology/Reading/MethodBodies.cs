using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Topology.Reading;

/// <summary>The one expression a method returns, when its body is simple enough to read without running it.</summary>
internal static class MethodBodies
{
    /// <summary>
    /// <c>=&gt; expression</c>, or a block of <c>const</c> locals and local functions followed by one <c>return expression;</c>.
    /// Anything else (loops, branches, mutable locals) is code the generator does not pretend to run.
    /// </summary>
    public static ExpressionSyntax? ReturnedExpression(SyntaxNode? declaration)
    {
        var (expressionBody, body) = declaration switch
        {
            BaseMethodDeclarationSyntax method => (method.ExpressionBody, method.Body),
            LocalFunctionStatementSyntax local => (local.ExpressionBody, local.Body),
            _ => (null, null),
        };

        if (expressionBody != null)
        {
            return expressionBody.Expression;
        }

        if (body == null || body.Statements.Count == 0)
        {
            return null;
        }

        var leading = body.Statements.Take(body.Statements.Count - 1);
        if (!leading.All(s => s is LocalFunctionStatementSyntax || (s is LocalDeclarationStatementSyntax local && local.Modifiers.Any(SyntaxKind.ConstKeyword))))
        {
            return null;
        }

        return body.Statements[body.Statements.Count - 1] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;
    }
}
