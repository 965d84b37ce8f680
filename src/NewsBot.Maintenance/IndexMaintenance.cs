using Microsoft.Extensions.Logging;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Refresh;
using NewsBot.Maintenance.Scheduling;
using NewsBot.Maintenance.Status;
using NewsBot.Maintenance.Vectors;

namespace NewsBot.Maintenance;

/// <summary>
/// Where every caller changes the index: <c>newsbot reindex</c>, <c>/reindex</c>, <c>eval</c>, the first use and the
/// scheduled refresh run a <see cref="MaintenanceRequest"/> here (a rebuild or a refresh), then the sentence-vector
/// pass that follows (<see cref="EmbedVectorsAsync"/>), and <c>reindex --rollback</c> runs <see cref="RollbackAsync"/>.
/// It picks the sources from the catalogue, records each configured source's result where <c>newsbot sources</c>
/// reads it, and logs each outcome once.
/// </summary>
public sealed class IndexMaintenance(
    ISourceCatalogue catalogue,
    ISourceRefresher refresher,
    IndexRebuilder rebuilder,
    SourceStatusRecorder status,
    VectorPass vectorPass,
    TimeProvider timeProvider,
    ILogger<IndexMaintenance> logger,
    IIndexGenerationHistory? history = null)
{
    /// <summary>Whether a rebuild or refresh is followed by a vector pass at all (<c>Index:Semantic</c>).</summary>
    public bool ComputesVectors => vectorPass.Enabled;

    /// <summary>
    /// The pass that follows a rebuild or refresh: embeds the live index's sentences that have no vector yet, on the
    /// cores <c>Refresh:VectorCores</c> allows (<paramref name="besideQuestions"/>: in <c>serve</c>, leaving one to
    /// answering), one pass per index across processes; a second one waits, calling <paramref name="onWait"/> once.
    /// Cancelled, it keeps what it computed.
    /// </summary>
    public Task<VectorUpdate> EmbedVectorsAsync(bool besideQuestions, IProgress<IndexProgress>? progress, Action? onWait, CancellationToken cancellationToken)
        => vectorPass.RunAsync(besideQuestions, progress, onWait, cancellationToken);

    /// <summary>
    /// Makes the generation live before the last rebuild again, atomically; the one it replaces is kept, so this can be
    /// undone the same way. Returns the generation now live, or null when none is kept (nothing changed).
    /// </summary>
    public async Task<IndexGeneration?> RollbackAsync(CancellationToken cancellationToken)
        => history is null ? null : await history.RollbackAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Runs <paramref name="request"/>. Expected failures (a source that cannot be read, a refused shrink) are in the
    /// report, never thrown; a refresh that throws counts as a failed attempt of that source. Only cancellation and a
    /// rebuild that cannot be written throw, and then the live index is as it was.
    /// </summary>
    public async Task<RebuildReport> RunAsync(MaintenanceRequest request, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Rebuild
            ? await RebuildAsync(request, progress, cancellationToken).ConfigureAwait(false)
            : await RefreshAsync(request, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RebuildReport> RebuildAsync(MaintenanceRequest request, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var attemptedAt = timeProvider.GetUtcNow();
        var adHoc = request.Paths.Count > 0;
        var configuredPaths = request.Paths.Select(ConfiguredFolder).ToList();
        var adHocOptions = request.Paths.Select((path, i) => configuredPaths[i] ?? AdHocOptions(path, request.Paths)).ToList();
        var sources = adHoc
            ? [.. adHocOptions.Select((options, i) => configuredPaths[i] is not null ? catalogue.Find(options.Name)! : catalogue.Create(options))]
            : catalogue.Sources;
        var report = await rebuilder.RebuildAsync(sources, request.AllowShrink, progress, cancellationToken).ConfigureAwait(false);
        if (report.Refusal is { } refusal)
        {
            Log.RebuildRefused(logger, refusal);
        }
        else if (report.Swapped)
        {
            Log.Rebuilt(logger, report.Sources.Count, report.Read, report.Update.Passages);
        }
        else
        {
            Log.RebuildFellBack(logger, report.Sources.Count(source => !source.Succeeded), report.Sources.Count);
            LogFailures(report.Sources, nextAttempt: null);
        }

        // Every source read is recorded, --from paths too (a configured folder given to --from as that source), so
        // `sources` can say how each source of the index was last read.
        await status.RecordAsync(report, adHoc ? adHocOptions : catalogue.Configured, attemptedAt, cancellationToken).ConfigureAwait(false);

        return report;
    }

    private async Task<RebuildReport> RefreshAsync(MaintenanceRequest request, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        IReadOnlyList<SourceOptions> targets = request.SourceName is { } name
            ? [catalogue.FindOptions(name) ?? throw new ArgumentException($"No configured source is named '{name}'.", nameof(request))]
            : catalogue.Configured;
        var reports = new List<SourceReport>(targets.Count);
        foreach (var target in targets)
        {
            reports.Add(await RefreshOneAsync(target, request, progress, cancellationToken).ConfigureAwait(false));
        }

        var total = reports.Aggregate(IndexUpdate.None, (sum, report) => sum.Plus(report.Update));
        return new RebuildReport(reports, total, Swapped: false, timeProvider.GetElapsedTime(started));
    }

    private async Task<SourceReport> RefreshOneAsync(SourceOptions target, MaintenanceRequest request, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var attemptedAt = timeProvider.GetUtcNow();
        var started = timeProvider.GetTimestamp();
        ObservedArticleSource? observed = null;
        SourceReport report;
        try
        {
            observed = new ObservedArticleSource(catalogue.Find(target.Name)!);
            report = await refresher.RefreshAsync(observed, request.Mode, request.AllowShrink, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            var reason = observed is null ? "The source cannot be created" : "The refresh failed unexpectedly";
            Log.RefreshThrew(logger, target.Name, reason, exception);
            report = new SourceReport(target.Name, $"{reason}: {exception.Message}", 0, IndexUpdate.None, [], timeProvider.GetElapsedTime(started));
        }

        var nextAttempt = request.PlanNextAttempt?.Invoke(report);
        if (report.Succeeded)
        {
            Log.SourceRefreshed(logger, report.SourceName, report.Read, report.Update.Added, report.Update.Updated, report.Update.Removed, report.Skipped.Count);
        }
        else
        {
            LogFailures([report], nextAttempt);
        }

        await status.RecordAsync(target, attemptedAt, report, observed?.LastBatch, nextAttempt, cancellationToken).ConfigureAwait(false);
        return report;
    }

    private void LogFailures(IEnumerable<SourceReport> reports, DateTimeOffset? nextAttempt)
    {
        foreach (var refused in reports.Where(report => report.Refusal is not null))
        {
            Log.SourceShrinkRefused(logger, refused.SourceName, refused.Refusal!);
        }

        foreach (var failed in reports.Where(report => report.Failure is not null))
        {
            if (nextAttempt is { } next)
            {
                Log.SourceFailedRetrying(logger, failed.SourceName, failed.Failure!, next);
            }
            else
            {
                Log.SourceFailed(logger, failed.SourceName, failed.Failure!);
            }
        }
    }

    // The configured folder source at this --from path, if any: then the path is that source, with its name, outlet and label.
    private SourceOptions? ConfiguredFolder(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return catalogue.Configured.FirstOrDefault(source => source.Kind == SourceKind.Folder
            && string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(source.Location)), full, comparison));
    }

    // A --from path becomes a folder source named after its path ("corpus.jsonl"; "." is named after the folder it is),
    // so progress, summaries and skipped items say where they came from; two paths with one name keep their whole paths.
    private static SourceOptions AdHocOptions(string path, IReadOnlyList<string> allPaths)
    {
        var leaf = LeafName(path);
        var name = leaf.Length > 0 && allPaths.Count(other => LeafName(other) == leaf) == 1 ? leaf : path;
        return new SourceOptions { Name = name, Kind = SourceKind.Folder, Location = path };
    }

    private static string LeafName(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));
}
