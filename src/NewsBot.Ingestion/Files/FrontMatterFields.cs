using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Reads YAML front matter as a flat map of scalar keys to scalar values from the parser's event stream, never into
/// nested objects: lists and maps (tags, categories) are skipped with a depth counter, so front matter nested
/// thousands deep is refused with a reason instead of recursing until the stack overflows (which no catch survives).
/// </summary>
internal static class FrontMatterFields
{
    /// <summary>Deepest nesting of lists and maps read past; article metadata is flat, so this is generous.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// The scalar fields of <paramref name="yaml"/>. Throws <see cref="YamlException"/> for invalid YAML and
    /// <see cref="InvalidDataException"/> for YAML that is not a mapping or is nested too deep.
    /// </summary>
    public static Dictionary<string, string?> Read(string yaml)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return fields;
        }

        parser.Consume<DocumentStart>();
        if (parser.TryConsume<Scalar>(out var only))
        {
            return only.Value.Length == 0 || IsNull(only) ? fields : throw NotAMapping();
        }

        if (!parser.TryConsume<MappingStart>(out _))
        {
            throw NotAMapping();
        }

        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.TryConsume<Scalar>(out var scalarKey) ? scalarKey.Value : null;
            if (key is null)
            {
                SkipNode(parser);
            }

            if (parser.TryConsume<Scalar>(out var value))
            {
                if (key is not null)
                {
                    fields[key] = IsNull(value) ? null : value.Value;
                }
            }
            else
            {
                SkipNode(parser);
            }
        }

        return fields;
    }

    /// <summary>Consumes one node (a scalar, an alias, or a whole list or map) without recursion.</summary>
    private static void SkipNode(IParser parser)
    {
        var depth = 0;
        do
        {
            var current = parser.Current ?? throw new InvalidDataException("The front matter ends in the middle of a value.");
            if (current is MappingStart or SequenceStart && ++depth > MaxDepth)
            {
                throw new InvalidDataException($"The front matter is nested more than {MaxDepth} levels deep; article metadata is a flat list of fields.");
            }

            if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }

            parser.MoveNext();
        }
        while (depth > 0);
    }

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private static InvalidDataException NotAMapping() => new("The front matter is not a YAML mapping of keys to values.");
}
