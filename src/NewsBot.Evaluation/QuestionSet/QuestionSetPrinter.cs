using System.Globalization;

namespace NewsBot.Evaluation.QuestionSet;

/// <summary>Prints a question set's figures and its per-kind breakdown: a table in a terminal, aligned plain lines otherwise.</summary>
public static class QuestionSetPrinter
{
    public static void Print(TextWriter output, bool interactive, QuestionSetSummary summary, IndexingFigures indexing)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(indexing);
        List<(string Name, string Value)> rows =
        [
            ("questions", EvalPrinter.Count(summary.Questions)),
            ("first-quote answer-hit", Share(summary.Hits, summary.Answerable)),
            ("honest not-found", Share(summary.HonestNotFound, summary.Absent)),
            ("false not-found", $"{EvalPrinter.Count(summary.FalseNotFound)} of {EvalPrinter.Count(summary.Answerable)} answerable"),
            ("found / not found / rejected", $"{EvalPrinter.Count(summary.Found)} / {EvalPrinter.Count(summary.NotFound)} / {EvalPrinter.Count(summary.Rejected)}"),
            ("quote_chars_mean", summary.QuoteCharsMean is { } chars ? chars.ToString("0.0", CultureInfo.InvariantCulture) : "n/a (no quotes)"),
            ("quotes_over_limit", EvalPrinter.Count(summary.QuotesOverLimit)),
            ("latency_ms_p50", EvalPrinter.Milliseconds(summary.LatencyMsP50)),
            ("latency_ms_p99", EvalPrinter.Milliseconds(summary.LatencyMsP99)),
            ("latency_ms_mean", EvalPrinter.Milliseconds(summary.LatencyMsMean)),
            ("indexed", EvalPrinter.Indexed(indexing)),
            ("ranker", indexing.Ranker ?? "n/a"),
        ];
        rows.AddRange(summary.ByKind.Select(kind => ($"kind: {kind.Kind}", Describe(kind))));
        FigureTable.Print(output, interactive, rows);
    }

    private static string Describe(KindFigures kind)
    {
        var parts = new List<string>();
        if (kind.Answerable > 0)
        {
            parts.Add($"answer-hit {Share(kind.Hits, kind.Answerable)}, false not-found {kind.FalseNotFound}");
        }

        if (kind.Absent > 0)
        {
            parts.Add($"honest not-found {Share(kind.HonestNotFound, kind.Absent)}");
        }

        return string.Join("; ", parts);
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "n/a (none in the set)" : $"{EvalPrinter.Ratio((double)part / whole)} ({part} of {whole})";
}
