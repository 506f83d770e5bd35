using System;
using System.Collections.Generic;
using System.Threading;
using Manifests.Generator.Helpers;
using Manifests.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Writers;

/// <summary>
/// Turns one <c>[ObjectWriters]</c> class into an <see cref="ObjectWritersSpec"/>: walks every type reachable from
/// the roots through serialized properties, once per key order, and decides how each value is written with
/// System.Text.Json's default contract. Runs in the pipeline's transform; returns no symbols or syntax.
/// </summary>
internal sealed partial class ObjectWriterParser
{
    /// <summary>The attribute's metadata name; the render declares it (internal), so it is matched by name.</summary>
    public const string AttributeName = "Manifests.Render.Emit.ObjectWritersAttribute";

    private static readonly string[] RootKeysFirst = ["apiVersion", "kind", "metadata", "spec"];
    private static readonly string[] RootMetadataKeysFirst = ["name", "namespace", "labels", "annotations"];

    private readonly JsonContractSymbols symbols;
    private readonly CancellationToken cancellationToken;
    private readonly (string Path, int Line, int Column) attributePosition;
    private readonly List<DiagnosticInfo> diagnostics = [];
    private readonly Dictionary<WriterKey, string> writerNames = [];
    private readonly HashSet<string> usedWriterNames = new(StringComparer.Ordinal);
    private readonly Queue<(INamedTypeSymbol Type, KeyOrder Order, string Name)> pendingObjects = new();
    private readonly List<ObjectWriterSpec> objectWriters = [];
    private readonly List<EnumWriterSpec> enumWriters = [];

    private ObjectWriterParser(Compilation compilation, (string, int, int) attributePosition, CancellationToken cancellationToken)
    {
        symbols = new JsonContractSymbols(compilation);
        this.attributePosition = attributePosition;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The key orders an object type can be written with; each is its own method.</summary>
    private enum KeyOrder
    {
        Ordinal,
        Root,
        RootMetadata,
    }

    public static ObjectWritersSpec Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var target = (INamedTypeSymbol)context.TargetSymbol;
        var declaration = (ClassDeclarationSyntax)context.TargetNode;
        string? ns = target.ContainingNamespace.IsGlobalNamespace ? null : target.ContainingNamespace.ToDisplayString();
        var parser = new ObjectWriterParser(context.SemanticModel.Compilation, PositionOf(context.Attributes[0], declaration, cancellationToken), cancellationToken);

        if (target.ContainingType is not null || target.IsGenericType || !target.IsStatic || !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            FileLinePositionSpan identifier = declaration.Identifier.GetLocation().GetLineSpan();
            parser.diagnostics.Add(DiagnosticInfo.At(
                DiagnosticDescriptors.WritersClassNotStaticPartial.Id, identifier.Path, identifier.StartLinePosition.Line,
                identifier.StartLinePosition.Character, target.ToDisplayString()));
            return parser.ToSpec(ns, target.Name, [], canEmit: false);
        }

        return parser.ToSpec(ns, target.Name, parser.ReadRoots(context.Attributes[0]), canEmit: true);
    }

    private List<RootWriterSpec> ReadRoots(AttributeData attribute)
    {
        var roots = new List<RootWriterSpec>();
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        foreach (TypedConstant argument in attribute.ConstructorArguments)
        {
            IEnumerable<TypedConstant> types = argument.Kind == TypedConstantKind.Array ? argument.Values : [argument];
            foreach (TypedConstant type in types)
            {
                if (type.Value is not ITypeSymbol root || !seen.Add(root))
                {
                    continue;
                }

                // The compiler reports a misspelt name too; a type another generator makes compiles but is unseen here.
                if (root.TypeKind == TypeKind.Error)
                {
                    Report(DiagnosticDescriptors.RootTypeNotVisible, root.ToDisplayString());
                    continue;
                }

                if (root is not INamedTypeSymbol named || named.IsUnboundGenericType || Classify(root, member: null, KeyOrder.Ordinal, createWriters: false).Kind != ValueKind.Object)
                {
                    Report(DiagnosticDescriptors.UnsupportedRootType, root.ToDisplayString());
                    continue;
                }

                roots.Add(new RootWriterSpec(TypeName(named), WriterFor(named, KeyOrder.Root)));
            }
        }

        while (pendingObjects.Count != 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (INamedTypeSymbol type, KeyOrder order, string name) = pendingObjects.Dequeue();
            objectWriters.Add(new ObjectWriterSpec(name, TypeName(type), new EquatableArray<PropertyWriteSpec>(ReadProperties(type, order).ToArray())));
        }

        return roots;
    }

    private string WriterFor(INamedTypeSymbol type, KeyOrder order)
    {
        var key = new WriterKey(type, order);
        if (writerNames.TryGetValue(key, out string? name))
        {
            return name;
        }

        name = UniqueWriterName(order switch { KeyOrder.Root => "WriteRoot_", KeyOrder.RootMetadata => "WriteRootMetadata_", _ => "Write_" }, type);
        writerNames.Add(key, name);
        pendingObjects.Enqueue((type, order, name));
        return name;
    }

    private string UniqueWriterName(string prefix, ITypeSymbol type)
    {
        string display = TypeName(type).Replace("global::", "");
        var identifier = new System.Text.StringBuilder(prefix.Length + display.Length);
        identifier.Append(prefix);
        foreach (char c in display)
        {
            identifier.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        string name = identifier.ToString().TrimEnd('_');
        string unique = name;
        for (int i = 2; !usedWriterNames.Add(unique); i++)
        {
            unique = name + "_" + i;
        }

        return unique;
    }

    private static string EscapeKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    private static string TypeName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    private void Report(DiagnosticDescriptor descriptor, params string[] arguments) =>
        diagnostics.Add(DiagnosticInfo.At(descriptor.Id, attributePosition.Path, attributePosition.Line, attributePosition.Column, arguments));

    private ObjectWritersSpec ToSpec(string? ns, string className, List<RootWriterSpec> roots, bool canEmit) => new(
        ns,
        className,
        new EquatableArray<RootWriterSpec>(roots.ToArray()),
        new EquatableArray<ObjectWriterSpec>(objectWriters.ToArray()),
        new EquatableArray<EnumWriterSpec>(enumWriters.ToArray()),
        new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()),
        canEmit);

    /// <summary>Where problems with the roots' types are reported: the attribute, the only source the user controls.</summary>
    private static (string, int, int) PositionOf(AttributeData attribute, SyntaxNode fallback, CancellationToken cancellationToken)
    {
        SyntaxNode node = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) ?? fallback;
        FileLinePositionSpan span = node.GetLocation().GetLineSpan();
        return (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }

    private readonly struct WriterKey(ITypeSymbol type, KeyOrder order) : IEquatable<WriterKey>
    {
        public ITypeSymbol Type { get; } = type;

        public KeyOrder Order { get; } = order;

        public bool Equals(WriterKey other) => Order == other.Order && SymbolEqualityComparer.Default.Equals(Type, other.Type);

        public override bool Equals(object? obj) => obj is WriterKey other && Equals(other);

        public override int GetHashCode() => (SymbolEqualityComparer.Default.GetHashCode(Type) * 31) + (int)Order;
    }
}
