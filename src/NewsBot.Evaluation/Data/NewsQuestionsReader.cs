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
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(lines);
        var questions = new List<NewsQuestion>();
        var problems = new List<SkippedItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < lines.Count; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var (question, reason) = ParseLine(lines[index]);
            if (question is null)
            {
                problems.Add(new SkippedItem(location, index + 1, reason!));
            }
            else if (!seen.Add(question.Id))
            {
                problems.Add(new SkippedItem(location, index + 1, $"The question id \"{question.Id}\" appears twice."));
            }
            else
            {
                questions.Add(question);
            }
        }

        return new EvalData<IReadOnlyList<NewsQuestion>>(questions, problems);
    }

    private static (NewsQuestion? Question, string? Reason) ParseLine(string line)
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
                return (null, "The line must be a JSON object with \"id\", \"kind\" and \"question\".");
            }

            var id = ReadString(root, "id");
            if (string.IsNullOrWhiteSpace(id))
            {
                return (null, "The \"id\" field is missing or not a non-empty string.");
            }

            var text = ReadString(root, "question");
            var kind = ReadString(root, "kind");
            if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(kind))
            {
                return (null, $"Question \"{id}\" needs a non-empty \"question\" and \"kind\".");
            }

            var (answers, reason) = ReadExpectation(root, id);
            return answers is null ? (null, reason) : (new NewsQuestion(id, kind.Trim(), text, answers), null);
        }
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

    private static string? ReadString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}
