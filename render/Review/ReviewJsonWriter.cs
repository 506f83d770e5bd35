using System.Text;
using System.Text.Json;

namespace Manifests.Render.Review;

/// <summary>Writes an <see cref="OutputReview"/> as JSON for scripts, with a fixed property order.</summary>
public static class ReviewJsonWriter
{
    /// <summary>The JSON text, indented, ending with a newline.</summary>
    public static string Write(OutputReview review)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteBoolean("hasChanges", review.HasChanges);
            json.WriteStartArray("targets");
            foreach (var target in review.Targets)
            {
                json.WriteStartObject();
                json.WriteString("target", target.Target);
                json.WriteNumber("added", target.Added);
                json.WriteNumber("removed", target.Removed);
                json.WriteNumber("changed", target.Changed);
                json.WriteStartArray("objects");
                foreach (var change in target.Changes)
                {
                    WriteObject(json, change);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteObject(Utf8JsonWriter json, ObjectChange change)
    {
        json.WriteStartObject();
        json.WriteString("change", change.Change.ToString().ToLowerInvariant());
        json.WriteString("kind", change.Object.Kind);
        if (change.Object.Namespace is { } ns)
        {
            json.WriteString("namespace", ns);
        }

        json.WriteString("name", change.Object.Name);
        json.WriteString("file", change.File);
        json.WriteStartArray("fields");
        foreach (var field in change.Fields)
        {
            json.WriteStartObject();
            json.WriteString("path", field.Path);
            json.WriteString("old", field.Old);
            json.WriteString("new", field.New);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
