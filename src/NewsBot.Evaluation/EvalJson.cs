using System.Text.Json;

namespace NewsBot.Evaluation;

/// <summary>Writes a run's figures as one JSON object with the keys the evaluation README names.</summary>
public static class EvalJson
{
    public static void Write(Stream stream, EvalSummary summary, IndexingFigures indexing)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(indexing);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("queries", summary.Queries);
        writer.WriteNumber("judged", summary.Judged);
        writer.WriteNumber("recall@1", Round(summary.RecallAt1));
        writer.WriteNumber("recall@5", Round(summary.RecallAt5));
        writer.WriteNumber("mrr@10", Round(summary.MrrAt10));
        writer.WriteNumber("ndcg@10", Round(summary.NdcgAt10));
        WriteNullable(writer, "answer_hit@1", summary.AnswerHitAt1);
        writer.WriteNumber("answer_queries", summary.AnswerQueries);
        WriteNullable(writer, "quote_chars_mean", summary.QuoteCharsMean);
        writer.WriteNumber("quotes_over_limit", summary.QuotesOverLimit);
        writer.WriteNumber("found", summary.Found);
        writer.WriteNumber("not_found", summary.NotFound);
        writer.WriteNumber("rejected", summary.Rejected);
        writer.WriteNumber("latency_ms_p50", Round(summary.LatencyMsP50));
        writer.WriteNumber("latency_ms_p99", Round(summary.LatencyMsP99));
        writer.WriteNumber("latency_ms_mean", Round(summary.LatencyMsMean));
        writer.WriteNumber("index_articles", indexing.Articles);
        writer.WriteNumber("index_passages", indexing.Passages);
        writer.WriteNumber("index_skipped", indexing.Skipped);
        writer.WriteNumber("index_seconds", Round(indexing.Seconds));
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Round(number));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    // Four decimals are finer than any difference the data sets can show; more would only be noise in diffs.
    private static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);
}
