using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Refresh;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Bot.Reindex;

/// <summary>
/// <c>/reindex</c> over the engine's one refresh pipeline: a full rebuild through <see cref="IndexRebuilder"/> (built
/// beside the live index and swapped in), or an incremental refresh of every configured source.
/// </summary>
public sealed class EngineReindexer(
    IndexRebuilder rebuilder,
    ISourceRefresher refresher,
    IArticleSourceProvider sources,
    TimeProvider time) : IReindexer
{
    public async Task<ReindexSummary> RunAsync(bool full, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        if (full)
        {
            var rebuild = await rebuilder.RebuildAsync(progress, cancellationToken).ConfigureAwait(false);
            return new ReindexSummary(true, rebuild.Sources, rebuild.Update, rebuild.Elapsed);
        }

        var started = time.GetTimestamp();
        var reports = new List<SourceReport>();
        var total = IndexUpdate.None;
        foreach (var source in sources.GetSources())
        {
            var report = await refresher.RefreshAsync(source, RefreshMode.Incremental, progress, cancellationToken).ConfigureAwait(false);
            reports.Add(report);
            total = total.Plus(report.Update);
        }

        return new ReindexSummary(false, reports, total, time.GetElapsedTime(started));
    }
}
