using NewsBot.Bot.Reindex;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Refresh;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Engine;

/// <summary>
/// <c>/reindex</c> over the engine's one refresh pipeline: a full rebuild through <see cref="IndexRebuilder"/> (built
/// beside the live index and swapped in), or an incremental refresh of every configured source. Either way each
/// source's result is recorded where <c>newsbot sources</c> and the scheduled refresh keep it.
/// </summary>
public sealed class EngineReindexer(
    IndexRebuilder rebuilder,
    ISourceRefresher refresher,
    IArticleSourceProvider sources,
    SourceStatusRecorder status,
    TimeProvider time) : IReindexer
{
    public async Task<ReindexSummary> RunAsync(bool full, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        RebuildReport report;
        if (full)
        {
            report = await rebuilder.RebuildAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var started = time.GetTimestamp();
            var reports = new List<SourceReport>();
            var total = IndexUpdate.None;
            foreach (var source in sources.GetSources())
            {
                var sourceReport = await refresher.RefreshAsync(source, RefreshMode.Incremental, progress, cancellationToken).ConfigureAwait(false);
                reports.Add(sourceReport);
                total = total.Plus(sourceReport.Update);
            }

            report = new RebuildReport(reports, total, Swapped: false, time.GetElapsedTime(started));
        }

        await status.RecordAsync(report, cancellationToken).ConfigureAwait(false);
        return new ReindexSummary(full, report.Sources, report.Update, report.Elapsed);
    }
}
