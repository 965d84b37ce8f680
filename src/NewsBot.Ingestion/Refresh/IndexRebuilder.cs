using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Dedup;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Refresh;

/// <summary>
/// A full reindex: reads every configured source, drops duplicates across them, and swaps in a new index
/// atomically. If any source cannot be read, swapping would lose its articles, so the rebuild falls back to
/// updating each readable source in place and leaves the failed ones as they were.
/// </summary>
public sealed class IndexRebuilder(
    IArticleSourceProvider sourceProvider,
    IArticleAnalyzer analyzer,
    ArticleDeduplicator deduplicator,
    INewsIndex index,
    SourceRefresher refresher,
    TimeProvider timeProvider,
    ILogger<IndexRebuilder> logger)
{
    /// <summary>Rebuilds from every configured source.</summary>
    public Task<RebuildReport> RebuildAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        => RebuildAsync(sourceProvider.GetSources(), progress, cancellationToken);

    /// <summary>Rebuilds from the given sources (for example folders named on the command line).</summary>
    public async Task<RebuildReport> RebuildAsync(
        IReadOnlyList<IArticleSource> sources,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = timeProvider.GetTimestamp();
        var batches = new List<SourceBatch>(sources.Count);
        foreach (var source in sources)
        {
            progress?.Report(new IndexProgress($"reading {source.Name}", batches.Count, sources.Count));
            batches.Add(await source.ReadAsync(cancellationToken).ConfigureAwait(false));
        }

        if (batches.Any(batch => !batch.Succeeded))
        {
            return await FallBackAsync(batches, progress, started, cancellationToken).ConfigureAwait(false);
        }

        var unique = deduplicator.Deduplicate([.. batches.SelectMany(batch => batch.Articles)]);
        var analyzed = ArticleBatchAnalyzer.Analyze(analyzer, unique.Kept, progress, "analyzing", cancellationToken, unique.KeptFingerprints);
        var update = await index.ReplaceAllAsync(analyzed, progress, cancellationToken).ConfigureAwait(false);
        var elapsed = timeProvider.GetElapsedTime(started);
        var reports = batches
            .Select(batch => new SourceReport(
                batch.SourceName,
                null,
                batch.Articles.Count,
                IndexUpdate.None,
                [.. batch.Skipped, .. unique.Duplicates.Where(skip => IsFrom(batch, skip))],
                elapsed)
            {
                NewestPublished = batch.Articles.Max(article => article.Published),
            })
            .ToList();
        Log.Rebuilt(logger, sources.Count, analyzed.Count, update.Passages);
        return new RebuildReport(reports, update, Swapped: true, elapsed);
    }

    private async Task<RebuildReport> FallBackAsync(
        List<SourceBatch> batches,
        IProgress<IndexProgress>? progress,
        long started,
        CancellationToken cancellationToken)
    {
        Log.RebuildFellBack(logger, batches.Count(batch => !batch.Succeeded), batches.Count);
        var reports = new List<SourceReport>(batches.Count);
        var total = IndexUpdate.None;
        foreach (var batch in batches)
        {
            var report = await refresher.ApplyAsync(batch, RefreshMode.Full, progress, started, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            total = total.Plus(report.Update);
        }

        return new RebuildReport(reports, total, Swapped: false, timeProvider.GetElapsedTime(started));
    }

    /// <summary>A duplicate is reported under the source whose copy was dropped.</summary>
    private static bool IsFrom(SourceBatch batch, SkippedItem skipped)
        => batch.Articles.Any(article => string.Equals(article.Location, skipped.Location, StringComparison.Ordinal));
}
