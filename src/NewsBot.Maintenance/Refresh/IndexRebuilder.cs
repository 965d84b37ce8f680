using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Dedup;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// A full reindex: reads every given source, drops duplicates across them, and swaps in a new index atomically. If any
/// source cannot be read, swapping would lose its articles, so the rebuild falls back to updating each readable source
/// in place and leaves the failed ones as they were. A rebuild that would empty the index, or remove more than half of
/// its articles, is not swapped in unless it is allowed to shrink.
/// </summary>
public sealed class IndexRebuilder(
    IArticleAnalyzer analyzer,
    ArticleDeduplicator deduplicator,
    INewsIndexWriter index,
    SourceRefresher refresher,
    IStoryLookup stories,
    TimeProvider timeProvider)
{
    /// <summary>Rebuilds from <paramref name="sources"/>; see the class summary for when it falls back or refuses.</summary>
    public async Task<RebuildReport> RebuildAsync(
        IReadOnlyList<IArticleSource> sources,
        bool allowShrink,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var started = timeProvider.GetTimestamp();
        var batches = new List<SourceBatch>(sources.Count);
        foreach (var source in sources)
        {
            progress?.Report(new IndexProgress($"reading {source.Name}", 0, null));
            var batch = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Succeeded)
            {
                progress?.Report(new IndexProgress($"reading {source.Name}", batch.Articles.Count, batch.Articles.Count));
            }

            batches.Add(batch);
        }

        if (batches.Any(batch => !batch.Succeeded))
        {
            return await FallBackAsync(batches, allowShrink, progress, started, cancellationToken).ConfigureAwait(false);
        }

        // An archive source (a feed) keeps what it no longer offers: its indexed articles are analysed again from the
        // stored copy and join the rebuild, after what the sources offer now, so a fresh copy always wins.
        var archived = new List<Article>();
        foreach (var batch in batches.Where(batch => batch.IsArchive))
        {
            archived.AddRange(await KeptArticlesAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        var unique = deduplicator.Deduplicate([.. batches.SelectMany(batch => batch.Articles), .. archived]);
        var batchAnalysis = ArticleBatchAnalyzer.Analyze(analyzer, unique.Kept, progress, "analyzing", timeProvider, cancellationToken, unique.KeptFingerprints);
        var analyzed = batchAnalysis.Analyzed;
        // Decided at the swap, under the index's write lock, against the generation live at that moment.
        string? refusal = null;
        var update = await index.ReplaceAllAsync(
            analyzed,
            progress,
            swap => (refusal = allowShrink ? null : ShrinkGuard.Refusal(swap.LiveArticles, swap.NewArticles, swap.Removed)) is null,
            cancellationToken).ConfigureAwait(false) ?? IndexUpdate.None;

        var elapsed = timeProvider.GetElapsedTime(started);
        var reports = batches
            .Select(batch => new SourceReport(
                batch.SourceName,
                null,
                batch.Articles.Count,
                IndexUpdate.None,
                [.. batch.Skipped, .. unique.Duplicates.Concat(batchAnalysis.Skipped).Where(skip => IsFrom(batch, skip))],
                elapsed)
            {
                NewestPublished = batch.Articles.Max(article => article.Published),
            })
            .ToList();
        return new RebuildReport(reports, update, Swapped: refusal is null, elapsed) { Refusal = refusal };
    }

    private async Task<RebuildReport> FallBackAsync(
        List<SourceBatch> batches,
        bool allowShrink,
        IProgress<IndexProgress>? progress,
        long started,
        CancellationToken cancellationToken)
    {
        var reports = new List<SourceReport>(batches.Count);
        var total = IndexUpdate.None;
        foreach (var batch in batches)
        {
            var report = await refresher.ApplyAsync(batch, RefreshMode.Full, allowShrink, progress, started, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            total = total.Plus(report.Update);
        }

        return new RebuildReport(reports, total, Swapped: false, timeProvider.GetElapsedTime(started));
    }

    // The articles an archive source indexed before and offers no more, unless its retention has passed.
    private async Task<IEnumerable<Article>> KeptArticlesAsync(SourceBatch batch, CancellationToken cancellationToken)
    {
        var offered = batch.Articles.Select(article => article.Id).ToHashSet(StringComparer.Ordinal);
        var cutOff = batch.KeepDays is { } days ? timeProvider.GetUtcNow().AddDays(-days) : (DateTimeOffset?)null;
        var stored = await stories.GetStoredArticlesAsync(batch.SourceName, cancellationToken).ConfigureAwait(false);
        return stored.Where(article => !offered.Contains(article.Id) && !(cutOff is { } cut && article.Published < cut));
    }

    /// <summary>A duplicate is reported under the source whose copy was dropped.</summary>
    private static bool IsFrom(SourceBatch batch, SkippedItem skipped)
        => batch.Articles.Any(article => string.Equals(article.Location, skipped.Location, StringComparison.Ordinal));
}
