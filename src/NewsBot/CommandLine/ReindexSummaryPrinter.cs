using System.Globalization;
using NewsBot.Core.Sources;

namespace NewsBot.CommandLine;

/// <summary>Prints what a reindex did: totals, then each source, then the first skipped items of each source with their reasons and a count of the rest.</summary>
internal static class ReindexSummaryPrinter
{
    /// <summary>Skipped items printed per source; the rest are counted.</summary>
    public const int SkipLinesPerSource = 20;

    public static void Print(TextWriter output, RebuildReport report)
    {
        var update = report.Update;
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (report.Refusal is { } refusal)
        {
            output.WriteLine($"Not reindexed: {refusal}. The index is as it was; check the sources, or run again with --allow-shrink to accept the smaller index.");
        }
        else
        {
            output.WriteLine(
                $"Reindexed {Plural.Count(report.Sources.Count, "source")} in {seconds} s: {N(report.Read)} read, {N(update.Added)} added, " +
                $"{N(update.Updated)} updated, {N(update.Unchanged)} unchanged, {N(update.Removed)} removed, {N(report.SkippedCount)} skipped, " +
                $"{Plural.Count(update.Passages, "passage")}.");
        }

        if (!report.Swapped && report.Refusal is null && report.Sources.Count > 1)
        {
            output.WriteLine("Some sources failed, so the index was updated source by source and their articles were kept.");
        }

        foreach (var source in report.Sources)
        {
            output.WriteLine(source.Failure is { } failure
                ? $"  {source.SourceName}: FAILED: {failure}"
                : $"  {source.SourceName}: {N(source.Read)} read, {N(source.SkippedCount)} skipped");
            if (source.Refusal is { } kept)
            {
                output.WriteLine($"  {source.SourceName}: not removed: {kept}.");
            }
        }

        if (report.SkippedCount > 0)
        {
            output.WriteLine("Skipped:");
            foreach (var source in report.Sources.Where(source => source.SkippedCount > 0))
            {
                // A file of 500,000 bad lines must not print 500,000 lines: the first few say what is wrong, a count the
                // rest; --json lists the first thousand (SourceReport.MaxSkippedListed).
                foreach (var item in source.Skipped.Take(SkipLinesPerSource))
                {
                    // A file's name may hold a line break or an escape sequence: it stays on its one line, shown escaped.
                    output.WriteLine($"  {TerminalText.Line(item.ToString())}");
                }

                if (source.SkippedCount > SkipLinesPerSource)
                {
                    output.WriteLine(
                        $"  … and {N(source.SkippedCount - SkipLinesPerSource)} more skipped from {source.SourceName} (--json lists the first {N(SourceReport.MaxSkippedListed)}).");
                }
            }
        }
    }

    private static string N(int count) => Plural.Number(count);
}
