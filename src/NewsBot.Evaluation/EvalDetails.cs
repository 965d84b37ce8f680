using System.Text.Json;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation;

/// <summary>Writes one JSON line per question (ranked ids, first quote, hit, latency), for finding out why a figure is what it is.</summary>
public static class EvalDetails
{
    public static void Write(Stream stream, IReadOnlyList<EvalQuery> queries, IReadOnlyList<QueryResult> results, Qrels qrels, AnswerHitRule answerHit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(answerHit);
        var byId = queries.ToDictionary(query => query.Id, StringComparer.Ordinal);
        var newline = "\n"u8.ToArray();
        foreach (var result in results)
        {
            var query = byId[result.QueryId];
            var grades = qrels.For(result.QueryId);
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("id", result.QueryId);
                writer.WriteString("question", query.Text);
                writer.WriteString("outcome", result.Outcome.ToString());
                writer.WriteStartArray("ranked");
                foreach (var id in result.RankedIds.Take(10))
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
                writer.WriteNumber("ndcg@10", Math.Round(RankingMetrics.NdcgAt(result.RankedIds, grades, 10), 4));
                writer.WriteString("first_quote", result.FirstQuote);
                if (query.Answers.Count > 0)
                {
                    writer.WriteBoolean("answer_hit", answerHit.IsHit(result.FirstQuote, query.Answers));
                    writer.WriteString("answer", query.Answers[0]);
                }

                writer.WriteNumber("latency_ms", Math.Round(result.LatencyMs, 2));
                writer.WriteEndObject();
            }

            stream.Write(newline);
        }
    }
}
