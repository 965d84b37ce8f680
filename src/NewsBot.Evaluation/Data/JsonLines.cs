using System.Text.Json;
using NewsBot.Core.Sources;

namespace NewsBot.Evaluation.Data;

/// <summary>
/// The one rule for the evaluation's JSON-lines files: one object a line, each with a unique non-empty <c>"id"</c>.
/// Blank lines are skipped; a malformed line is reported with its line number and left out, and every other line is
/// still read.
/// </summary>
internal static class JsonLines
{
    /// <summary>
    /// Parses <paramref name="lines"/>; <paramref name="parseObject"/> turns one object (and its id) into an item or a
    /// reason. <paramref name="noun"/> names an item in the duplicate-id reason, <paramref name="fields"/> lists the
    /// expected fields in the not-an-object reason.
    /// </summary>
    public static EvalData<IReadOnlyList<T>> Parse<T>(
        string location,
        IReadOnlyList<string> lines,
        string noun,
        string fields,
        Func<JsonElement, string, (T? Item, string? Reason)> parseObject)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(lines);
        var items = new List<T>();
        var problems = new List<SkippedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < lines.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var (item, id, reason) = ParseLine(lines[index], fields, parseObject);
            if (item is null)
            {
                problems.Add(new SkippedItem(location, index + 1, reason!));
            }
            else if (!seen.Add(id!))
            {
                problems.Add(new SkippedItem(location, index + 1, $"The {noun} id \"{id}\" appears twice."));
            }
            else
            {
                items.Add(item);
            }
        }

        return new EvalData<IReadOnlyList<T>>(items, problems);
    }

    /// <summary>The string value of <paramref name="name"/>, or null when it is missing or not a string.</summary>
    public static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

    private static (T? Item, string? Id, string? Reason) ParseLine<T>(
        string line,
        string fields,
        Func<JsonElement, string, (T? Item, string? Reason)> parseObject)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, null, $"The line is not valid JSON ({exception.Message}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, $"The line must be a JSON object with {fields}.");
            }

            var id = ReadString(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, null, "The \"id\" field is missing or not a non-empty string.");
            }

            var (item, reason) = parseObject(root, id);
            return (item, id, reason);
        }
    }
}
