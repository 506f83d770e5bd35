using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Manifests.Generator.Topology.Reading;

/// <summary>Reading model objects: constructor calls with their initializers, and the model's static factories.</summary>
internal sealed partial class SyntaxReader
{
    /// <summary>The items of a list argument, given as one collection or one by one to a params parameter.</summary>
    public (IReadOnlyList<ScopedExpression> Items, bool Complete) ReadArgumentList(ModelObject model, string parameter)
    {
        if (model.Arguments.Expanded.TryGetValue(parameter, out var items))
        {
            return (items, true);
        }

        return model.Argument(parameter) is { } list ? ReadList(list) : (new List<ScopedExpression>(), false);
    }

    /// <summary>The creation of a model type (or a call of one of its static factories) the expression makes.</summary>
    public ModelObject? ReadObject(ScopedExpression? expression)
    {
        if (expression is not { } given || Resolve(given) is not { } resolved)
        {
            return null;
        }

        switch (Operation(resolved))
        {
            case IObjectCreationOperation creation when creation.Type != null && resolved.Syntax is BaseObjectCreationExpressionSyntax syntax:
                return new ModelObject(
                    FullName(creation.Type),
                    null,
                    resolved,
                    Arguments(creation.Arguments, resolved.Scope),
                    Properties(syntax.Initializer, resolved.Scope));
            case IInvocationOperation { TargetMethod: { IsStatic: true } method } invocation when method.ContainingType != null:
                return new ModelObject(
                    FullName(method.ContainingType),
                    method.Name,
                    resolved,
                    Arguments(invocation.Arguments, resolved.Scope),
                    new Dictionary<string, ScopedExpression>());
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when property.ContainingType != null:
                return new ModelObject(FullName(property.ContainingType), property.Name, resolved, ModelArguments.None, new Dictionary<string, ScopedExpression>());
            default:
                return null;
        }
    }



    private static ModelArguments Arguments(IEnumerable<IArgumentOperation> arguments, SyntaxScope scope)
    {
        var single = new Dictionary<string, ScopedExpression>(ModelArguments.ParameterNames);
        var expanded = new Dictionary<string, IReadOnlyList<ScopedExpression>>(ModelArguments.ParameterNames);
        foreach (var argument in arguments)
        {
            if (argument.Parameter == null || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            // Values given one by one to a params parameter arrive as an implicit array whose elements are the written arguments.
            if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { IsImplicit: true } array)
            {
                var elements = array.Initializer?.ElementValues.Select(v => v.Syntax).OfType<ExpressionSyntax>().Select(e => new ScopedExpression(e, scope)).ToList();
                if (elements != null && elements.Count == array.Initializer!.ElementValues.Length)
                {
                    expanded[argument.Parameter.Name] = elements;
                }
            }
            else if (argument.Value.Syntax is ExpressionSyntax value)
            {
                single[argument.Parameter.Name] = new ScopedExpression(value, scope);
            }
        }

        return new ModelArguments(single, expanded);
    }

    private static Dictionary<string, ScopedExpression> Properties(InitializerExpressionSyntax? initializer, SyntaxScope scope)
    {
        var properties = new Dictionary<string, ScopedExpression>();
        foreach (var expression in initializer?.Expressions ?? default)
        {
            if (expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } assignment)
            {
                properties[name.Identifier.ValueText] = new ScopedExpression(assignment.Right, scope);
            }
        }

        return properties;
    }

    private static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);
}
