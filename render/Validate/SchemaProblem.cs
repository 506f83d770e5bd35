namespace Manifests.Render.Validate;

/// <summary>One thing a CRD schema refuses in an object.</summary>
/// <param name="Path">The field, as <see cref="FieldPath"/> writes it; <c>(root)</c> for the object itself.</param>
/// <param name="Keyword">The JSON Schema keyword that refused it (<c>type</c>, <c>enum</c>, <c>required</c>, ...).</param>
/// <param name="Message">What is wrong, naming what is expected.</param>
internal sealed record SchemaProblem(string Path, string Keyword, string Message);
