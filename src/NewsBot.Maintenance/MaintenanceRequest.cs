using NewsBot.Core.Sources;

namespace NewsBot.Maintenance;

/// <summary>What one run of <see cref="IndexMaintenance"/> should do: rebuild or refresh, and from which sources.</summary>
public sealed record MaintenanceRequest
{
    private MaintenanceRequest(bool rebuild, RefreshMode mode)
    {
        Rebuild = rebuild;
        Mode = mode;
    }

    /// <summary>True for a full rebuild swapped in atomically; false for a refresh that updates the live index in place.</summary>
    public bool Rebuild { get; }

    /// <summary>For a refresh: whether articles a source no longer offers are removed.</summary>
    public RefreshMode Mode { get; }

    /// <summary>One configured source by name (a refresh only); null for every configured source.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Folders or files to rebuild from instead of the configured sources (<c>reindex --from</c>). Such ad hoc sources
    /// are named after their paths, and their status is recorded with the index like any source's.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Swap in a rebuilt index even when it would leave the index empty or remove more than half of its articles.</summary>
    public bool AllowShrink { get; init; }

    /// <summary>
    /// For the scheduler: when the source's next attempt is due, given this attempt's report; recorded with its status.
    /// </summary>
    public Func<SourceReport, DateTimeOffset>? PlanNextAttempt { get; init; }

    /// <summary>A full rebuild from every configured source.</summary>
    public static MaintenanceRequest RebuildAll() => new(rebuild: true, RefreshMode.Full);

    /// <summary>A full rebuild from the given folders or files.</summary>
    public static MaintenanceRequest RebuildFrom(IReadOnlyList<string> paths) => new(rebuild: true, RefreshMode.Full) { Paths = paths };

    /// <summary>A refresh of every configured source.</summary>
    public static MaintenanceRequest RefreshAll(RefreshMode mode) => new(rebuild: false, mode);

    /// <summary>A refresh of the configured source named <paramref name="sourceName"/>.</summary>
    public static MaintenanceRequest RefreshSource(string sourceName, RefreshMode mode) => new(rebuild: false, mode) { SourceName = sourceName };
}
