using System.Text.Json;
using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.QuestionSet;

/// <summary>
/// Writes one JSON line per question (question, what was expected, the answer's outcome, first article and first
/// quote, whether it was right), so a reader can audit every hit and miss against the corpus.
/// </summary>
public static class QuestionSetDetails
{
    public static void Write(Stream stream, IReadOnlyList<NewsQuestion> questions, IReadOnlyList<QueryResult> results, QuestionSetScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(scorer);
        var byId = questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
        var newline = "\n"u8.ToArray();
        foreach (var result in results)
        {
            var question = byId[result.QueryId];
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("id", question.Id);
                writer.WriteString("kind", question.Kind);
                writer.WriteString("question", question.Text);
                if (question.ExpectsNotFound)
                {
                    writer.WriteString("expected", NewsQuestionsReader.NotFound);
                }
                else
                {
                    writer.WriteStartArray("expected");
                    foreach (var answer in question.Answers)
                    {
                        writer.WriteStringValue(answer);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteString("outcome", result.Outcome.ToString());
                // For "not found" the first id is the closest headline offered, which is still worth seeing.
                writer.WriteString("first_article", result.RankedIds.Count > 0 ? result.RankedIds[0] : null);
                writer.WriteString("first_quote", result.FirstQuote);
                writer.WriteBoolean("hit", scorer.IsRight(question, result));
                writer.WriteNumber("latency_ms", Math.Round(result.LatencyMs, 2));
                writer.WriteEndObject();
            }

            stream.Write(newline);
        }
    }
}
