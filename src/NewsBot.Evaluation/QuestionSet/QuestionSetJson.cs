using System.Text.Json;

namespace NewsBot.Evaluation.QuestionSet;

/// <summary>Writes a question set's figures as one JSON object (keys named in <c>eval/wikinews/README.md</c>).</summary>
public static class QuestionSetJson
{
    public static void Write(Stream stream, QuestionSetSummary summary, IndexingFigures indexing)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(indexing);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("questions", summary.Questions);
        writer.WriteNumber("answerable", summary.Answerable);
        writer.WriteNumber("first_quote_hits", summary.Hits);
        JsonFigures.WriteNullable(writer, "first_quote_answer_hit", summary.FirstQuoteAnswerHit);
        writer.WriteNumber("false_not_found", summary.FalseNotFound);
        writer.WriteNumber("absent", summary.Absent);
        writer.WriteNumber("honest_not_found", summary.HonestNotFound);
        JsonFigures.WriteNullable(writer, "honest_not_found_rate", summary.HonestNotFoundRate);
        writer.WriteNumber("found", summary.Found);
        writer.WriteNumber("not_found", summary.NotFound);
        writer.WriteNumber("rejected", summary.Rejected);
        JsonFigures.WriteNullable(writer, "quote_chars_mean", summary.QuoteCharsMean);
        writer.WriteNumber("quotes_over_limit", summary.QuotesOverLimit);
        writer.WriteNumber("latency_ms_p50", JsonFigures.Round(summary.LatencyMsP50));
        writer.WriteNumber("latency_ms_p99", JsonFigures.Round(summary.LatencyMsP99));
        writer.WriteNumber("latency_ms_mean", JsonFigures.Round(summary.LatencyMsMean));
        writer.WriteStartArray("by_kind");
        foreach (var kind in summary.ByKind)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind.Kind);
            writer.WriteNumber("questions", kind.Questions);
            writer.WriteNumber("answerable", kind.Answerable);
            writer.WriteNumber("first_quote_hits", kind.Hits);
            writer.WriteNumber("false_not_found", kind.FalseNotFound);
            writer.WriteNumber("absent", kind.Absent);
            writer.WriteNumber("honest_not_found", kind.HonestNotFound);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        JsonFigures.WriteIndexing(writer, indexing);
        writer.WriteEndObject();
    }
}
