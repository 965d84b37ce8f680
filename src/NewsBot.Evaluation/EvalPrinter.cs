using System.Globalization;

namespace NewsBot.Evaluation;

/// <summary>Prints a run's figures: a table in a terminal, aligned plain lines otherwise.</summary>
public static class EvalPrinter
{
    public static void Print(TextWriter output, bool interactive, EvalSummary summary, IndexingFigures indexing)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(indexing);
        FigureTable.Print(output, interactive, Rows(summary, indexing));
    }

    private static List<(string Name, string Value)> Rows(EvalSummary summary, IndexingFigures indexing) =>
    [
        ("queries", Count(summary.Queries)),
        ("judged queries", Count(summary.Judged)),
        ("recall@1", Ratio(summary.RecallAt1)),
        ("recall@5", Ratio(summary.RecallAt5)),
        ("mrr@10", Ratio(summary.MrrAt10)),
        ("ndcg@10", Ratio(summary.NdcgAt10)),
        ("answer_hit@1", summary.AnswerHitAt1 is { } hit ? $"{Ratio(hit)} (of {Count(summary.AnswerQueries)})" : "n/a (no answers in the set)"),
        ("quote_chars_mean", summary.QuoteCharsMean is { } chars ? chars.ToString("0.0", CultureInfo.InvariantCulture) : "n/a (no quotes)"),
        ("quotes_over_limit", Count(summary.QuotesOverLimit)),
        ("found / not found / rejected", $"{Count(summary.Found)} / {Count(summary.NotFound)} / {Count(summary.Rejected)}"),
        ("latency_ms_p50", Milliseconds(summary.LatencyMsP50)),
        ("latency_ms_p99", Milliseconds(summary.LatencyMsP99)),
        ("latency_ms_mean", Milliseconds(summary.LatencyMsMean)),
        ("indexed", Indexed(indexing)),
        ("ranker", indexing.Ranker ?? "n/a"),
    ];

    internal static string Indexed(IndexingFigures indexing) =>
        $"{Count(indexing.Articles)} articles, {Count(indexing.Passages)} passages, {Count(indexing.Skipped)} skipped, " +
        $"{indexing.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s";

    internal static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Ratio(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    internal static string Milliseconds(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
