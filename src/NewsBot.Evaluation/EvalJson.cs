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
        writer.WriteNumber("recall@1", JsonFigures.Round(summary.RecallAt1));
        writer.WriteNumber("recall@5", JsonFigures.Round(summary.RecallAt5));
        writer.WriteNumber("mrr@10", JsonFigures.Round(summary.MrrAt10));
        writer.WriteNumber("ndcg@10", JsonFigures.Round(summary.NdcgAt10));
        JsonFigures.WriteNullable(writer, "answer_hit@1", summary.AnswerHitAt1);
        writer.WriteNumber("answer_queries", summary.AnswerQueries);
        JsonFigures.WriteNullable(writer, "quote_chars_mean", summary.QuoteCharsMean);
        writer.WriteNumber("quotes_over_limit", summary.QuotesOverLimit);
        writer.WriteNumber("found", summary.Found);
        writer.WriteNumber("not_found", summary.NotFound);
        writer.WriteNumber("rejected", summary.Rejected);
        writer.WriteNumber("latency_ms_p50", JsonFigures.Round(summary.LatencyMsP50));
        writer.WriteNumber("latency_ms_p99", JsonFigures.Round(summary.LatencyMsP99));
        writer.WriteNumber("latency_ms_mean", JsonFigures.Round(summary.LatencyMsMean));
        JsonFigures.WriteIndexing(writer, indexing);
        writer.WriteEndObject();
    }
}
