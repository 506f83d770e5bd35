using System.Text;

namespace Manifests.Generator.Helpers;

/// <summary>Writes C# text line by line, indenting each line by the current block depth.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder text = new();

    /// <summary>How many blocks deep the next line is written.</summary>
    public int Indentation { get; set; }

    /// <summary>Writes one line at the current indentation; an empty line carries no indentation.</summary>
    public void WriteLine(string line)
    {
        if (line.Length != 0)
        {
            for (int i = 0; i < Indentation; i++)
            {
                text.Append(IndentUnit);
            }

            text.Append(line);
        }

        text.Append('\n');
    }

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => text.Append('\n');

    /// <summary>Writes <c>{</c> and indents what follows.</summary>
    public void OpenBlock()
    {
        WriteLine("{");
        Indentation++;
    }

    /// <summary>Ends the indentation and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    public void CloseBlock(string suffix = "")
    {
        Indentation--;
        WriteLine("}" + suffix);
    }

    /// <summary>Writes <paramref name="description"/> as an XML doc element, one escaped line per source line.</summary>
    public void WriteDocComment(string element, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return;
        }

        string[] lines = description!.Replace("\r\n", "\n").Trim().Split('\n');
        if (lines.Length == 1)
        {
            WriteLine("/// <" + element + ">" + EscapeXml(lines[0]) + "</" + element + ">");
            return;
        }

        WriteLine("/// <" + element + ">");
        foreach (string line in lines)
        {
            string trimmed = line.TrimEnd();
            WriteLine(trimmed.Length == 0 ? "///" : "/// " + EscapeXml(trimmed));
        }

        WriteLine("/// </" + element + ">");
    }

    /// <inheritdoc />
    public override string ToString() => text.ToString();

    private static string EscapeXml(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
