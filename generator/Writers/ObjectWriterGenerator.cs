using Manifests.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generator.Writers;

/// <summary>
/// For a <c>static partial class</c> marked <c>[Manifests.Render.Emit.ObjectWriters(typeof(A), ...)]</c>, writes
/// reflection-free object writers: a <c>TryWrite(object, IObjectSink)</c> for the roots and one method per type
/// reachable from them, which hand every value to the sink with System.Text.Json's default contract.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ObjectWriterGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<ObjectWritersSpec> specs = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                ObjectWriterParser.AttributeName,
                static (node, _) => node is ClassDeclarationSyntax,
                static (syntax, cancellationToken) => ObjectWriterParser.Parse(syntax, cancellationToken))
            .WithTrackingName(TrackingNames.ObjectWriters.ObjectWritersParse);

        IncrementalValuesProvider<ObjectWritersOutput> outputs = specs
            .Select(static (spec, _) => ObjectWriterEmitter.Emit(spec))
            .WithTrackingName(TrackingNames.ObjectWriters.ObjectWritersEmit);

        context.RegisterSourceOutput(outputs, static (output, writers) =>
        {
            foreach (DiagnosticInfo diagnostic in writers.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            if (writers.HintName is not null)
            {
                output.AddSource(writers.HintName, writers.Text);
            }
        });
    }
}
