using System.Text.Json;
using NewsBot.Core.Sources;

namespace NewsBot.Evaluation.Data;

/// <summary>
/// Reads a news question set: one JSON object a line, <c>{"id","kind","question","answers":[...]}</c> for a
/// question the corpus answers, or <c>{"id","kind","question","expect":"not found"}</c> for one it cannot.
/// A malformed line is reported with its line number and left out; every other line is still read.
/// </summary>
public static class NewsQuestionsReader
{
    /// <summary>The one value of <c>expect</c> there is.</summary>
    public const string NotFound = "not found";

    public static async Task<EvalData<IReadOnlyList<NewsQuestion>>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        var lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        return Parse(path, lines);
    }

    /// <summary>Parses the lines of a question set; <paramref name="location"/> names it in problems.</summary>
    public static EvalData<IReadOnlyList<NewsQuestion>> Parse(string location, IReadOnlyList<string> lines)
        => JsonLines.Parse<NewsQuestion>(location, lines, "question", "\"id\", \"kind\" and \"question\"", ParseQuestion);

    private static (NewsQuestion? Question, string? Reason) ParseQuestion(JsonElement root, string id)
    {
        var text = JsonLines.ReadString(root, "question");
        var kind = JsonLines.ReadString(root, "kind");
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(kind))
        {
            return (null, $"Question \"{id}\" needs a non-empty \"question\" and \"kind\".");
        }

        var (answers, reason) = ReadExpectation(root, id);
        return answers is null ? (null, reason) : (new NewsQuestion(id, kind.Trim(), text, answers), null);
    }

    private static (IReadOnlyList<string>? Answers, string? Reason) ReadExpectation(JsonElement root, string id)
    {
        var hasAnswers = root.TryGetProperty("answers", out var answersElement) && answersElement.ValueKind != JsonValueKind.Null;
        var expect = root.TryGetProperty("expect", out var expectElement) && expectElement.ValueKind != JsonValueKind.Null
            ? expectElement
            : (JsonElement?)null;
        if (hasAnswers == expect.HasValue)
        {
            return (null, $"Question \"{id}\" needs either \"answers\" or \"expect\": \"{NotFound}\", not {(hasAnswers ? "both" : "neither")}.");
        }

        if (expect is { } value)
        {
            return value.ValueKind == JsonValueKind.String && string.Equals(value.GetString(), NotFound, StringComparison.OrdinalIgnoreCase)
                ? ([], null)
                : (null, $"Question \"{id}\" has an \"expect\" other than \"{NotFound}\".");
        }

        if (answersElement.ValueKind != JsonValueKind.Array || answersElement.GetArrayLength() == 0)
        {
            return (null, $"Question \"{id}\" has \"answers\" that is not a non-empty array of strings.");
        }

        var answers = new List<string>();
        foreach (var answer in answersElement.EnumerateArray())
        {
            if (answer.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(answer.GetString()))
            {
                return (null, $"Question \"{id}\" has an answer that is not a non-empty string.");
            }

            answers.Add(answer.GetString()!);
        }

        return (answers, null);
    }
}
