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
        => JsonLines.Parse<EvalQuery>(location, lines, "query", "\"id\" and \"text\"", ParseQuery);

    private static (EvalQuery? Query, string? Reason) ParseQuery(JsonElement root, string id)
    {
        var text = JsonLines.ReadString(root, "text");
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
