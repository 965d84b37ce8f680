using System.Text.Json;
using NewsBot.Core.Sources;

namespace NewsBot.Evaluation.Data;

/// <summary>
/// Reads <c>queries.jsonl</c>: one <c>{"id","text","answers":[...]}</c> object a line. Other fields (such as
/// SQuAD's <c>gold_paragraph_id</c>) are ignored: relevance comes from the qrels alone.
/// </summary>
public static class QueriesReader
{
    public static async Task<EvalData<IReadOnlyList<EvalQuery>>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, lines);
    }

    /// <summary>Parses the lines of a queries file; <paramref name="location"/> names it in problems.</summary>
    public static EvalData<IReadOnlyList<EvalQuery>> Parse(string location, IReadOnlyList<string> lines)
    {
        var queries = new List<EvalQuery>();
        var problems = new List<SkippedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < lines.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var lineNumber = index + 1;
            var (query, reason) = ParseLine(lines[index]);
            if (query is null)
            {
                problems.Add(new SkippedItem(location, lineNumber, reason!));
            }
            else if (!seen.Add(query.Id))
            {
                problems.Add(new SkippedItem(location, lineNumber, $"The query id \"{query.Id}\" appears twice."));
            }
            else
            {
                queries.Add(query);
            }
        }

        return new EvalData<IReadOnlyList<EvalQuery>>(queries, problems);
    }

    private static (EvalQuery? Query, string? Reason) ParseLine(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            return (null, $"The line is not valid JSON ({exception.Message}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The line must be a JSON object with \"id\" and \"text\".");
            }

            var id = ReadString(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, "The \"id\" field is missing or not a non-empty string.");
            }

            var text = ReadString(root, "text");
            if (string.IsNullOrWhiteSpace(text))
            {
                return (null, $"Query \"{id}\" has no \"text\" (it must be a non-empty string).");
            }

            var answers = new List<string>();
            if (root.TryGetProperty("answers", out var answersElement) && answersElement.ValueKind != JsonValueKind.Null)
            {
                if (answersElement.ValueKind != JsonValueKind.Array)
                {
                    return (null, $"Query \"{id}\" has \"answers\" that is not an array of strings.");
                }

                foreach (var answer in answersElement.EnumerateArray())
                {
                    if (answer.ValueKind != JsonValueKind.String)
                    {
                        return (null, $"Query \"{id}\" has an answer that is not a string.");
                    }

                    answers.Add(answer.GetString()!);
                }
            }

            return (new EvalQuery(id, text, answers), null);
        }
    }

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}
