using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Maintenance.Status;

/// <summary>
/// Keeps each source's refresh status in a small JSON file beside the index, so <c>newsbot sources</c> (another process)
/// and <c>/sources</c> can show it. Every write replaces the file atomically (a temporary file, flushed to disk, moved
/// over it), so a reader never sees half a file; a missing or unreadable file reads as "nothing known yet". Updates take
/// a lock file beside it for their read-modify-write, so <c>serve</c> and a <c>newsbot reindex</c> beside it never lose
/// each other's updates.
/// </summary>
public sealed class SourceStatusStore
{
    /// <summary>Skipped items kept per stored report: the file stays small even for a feed with thousands of bad items.</summary>
    public const int MaxSkippedKept = 50;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ILogger<SourceStatusStore> _logger;

    public SourceStatusStore(string path, ILogger<SourceStatusStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(logger);
        Path = System.IO.Path.GetFullPath(path);
        _logger = logger;
    }

    /// <summary>The status file.</summary>
    public string Path { get; }

    private string LockPath => $"{Path}.lock";

    /// <summary>Every source's status, in name order. Reads the file each time, so another process's writes show.</summary>
    public async Task<IReadOnlyList<SourceStatus>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var statuses = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return [.. statuses.Values.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>One source's status, or null when it was never refreshed.</summary>
    public async Task<SourceStatus?> ReadAsync(string sourceName, CancellationToken cancellationToken)
    {
        var statuses = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return statuses.GetValueOrDefault(sourceName);
    }

    /// <summary>
    /// Records one refresh attempt of <paramref name="source"/> that started at <paramref name="attemptedAt"/>:
    /// its report, the batch it read when known (see <see cref="Scheduling.ObservedArticleSource"/>), and the next planned attempt.
    /// </summary>
    public Task<SourceStatus> RecordAsync(
        SourceOptions source,
        DateTimeOffset attemptedAt,
        SourceReport report,
        SourceBatch? batch,
        DateTimeOffset? nextAttempt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        return UpdateAsync(source.Name, previous => Next(previous, source, attemptedAt, report, batch, nextAttempt), cancellationToken);
    }

    /// <summary>Replaces one source's status with what <paramref name="update"/> makes of the stored one (null when none).</summary>
    public async Task<SourceStatus> UpdateAsync(string sourceName, Func<SourceStatus?, SourceStatus> update, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        ArgumentNullException.ThrowIfNull(update);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var crossProcess = await ProcessFileLock.AcquireAsync(LockPath, onWait: null, cancellationToken).ConfigureAwait(false);
            var statuses = await LoadAsync(cancellationToken).ConfigureAwait(false);
            var status = update(statuses.GetValueOrDefault(sourceName));
            statuses[sourceName] = status;
            await SaveAsync(statuses.Values, cancellationToken).ConfigureAwait(false);
            return status;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static SourceStatus Next(
        SourceStatus? previous, SourceOptions source, DateTimeOffset attemptedAt, SourceReport report, SourceBatch? batch, DateTimeOffset? nextAttempt)
    {
        var succeeded = report.Succeeded;
        var notModified = batch?.NotModified ?? false;
        var newest = batch?.Articles.Select(a => a.Published).Where(p => p is not null).Max() ?? report.NewestPublished;
        return (previous ?? new SourceStatus { Name = source.Name }) with
        {
            Kind = source.Kind.ToString().ToLowerInvariant(),
            Location = SourceLocations.Redact(source.Location),
            Outlet = source.Outlet,
            Label = source.Label,
            LastAttempt = attemptedAt,
            LastSuccess = succeeded ? attemptedAt : previous?.LastSuccess,
            LastError = succeeded ? previous?.LastError : report.Failure ?? report.Refusal,
            LastErrorAt = succeeded ? previous?.LastErrorAt : attemptedAt,
            ConsecutiveFailures = succeeded ? 0 : (previous?.ConsecutiveFailures ?? 0) + 1,
            ArticlesRead = succeeded && !notModified ? report.Read : previous?.ArticlesRead,
            NewestItem = Later(previous?.NewestItem, newest),
            LastNotModified = notModified,
            NextAttempt = nextAttempt,
            LastReport = report.Skipped.Count > MaxSkippedKept ? report with { Skipped = [.. report.Skipped.Take(MaxSkippedKept)] } : report,
        };
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private async Task<Dictionary<string, SourceStatus>> LoadAsync(CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<string, SourceStatus>(StringComparer.Ordinal);
        if (!File.Exists(Path))
        {
            return statuses;
        }

        try
        {
            var stream = File.OpenRead(Path);
            await using (stream.ConfigureAwait(false))
            {
                var file = await JsonSerializer.DeserializeAsync(stream, StatusJsonContext.Default.StatusFile, cancellationToken).ConfigureAwait(false);
                foreach (var status in file?.Sources ?? [])
                {
                    statuses[status.Name] = status;
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            // Status is a convenience for the operator: an unreadable file must not stop refreshing. The next write replaces it.
            Log.StatusUnreadable(_logger, Path, exception);
        }

        return statuses;
    }

    private async Task SaveAsync(IEnumerable<SourceStatus> statuses, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(folder);
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                var file = new StatusFile([.. statuses.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)]);
                await JsonSerializer.SerializeAsync(stream, file, StatusJsonContext.Default.StatusFile, cancellationToken).ConfigureAwait(false);
                // On disk before the rename: after a crash the file is the old one or the new one, never an empty one.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
