using System.Text.Json.Serialization;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Status;

/// <summary>What is known about one source's refreshes, for <c>newsbot sources</c> and <c>/sources</c>.</summary>
public sealed record SourceStatus
{
    /// <summary>The configured source name.</summary>
    public required string Name { get; init; }

    /// <summary><c>folder</c> or <c>feed</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The configured folder path or feed URL.</summary>
    public string? Location { get; init; }

    /// <summary>The configured outlet display name, when set.</summary>
    public string? Outlet { get; init; }

    /// <summary>The operator's label, when set.</summary>
    public string? Label { get; init; }

    /// <summary>When the last refresh attempt started.</summary>
    public DateTimeOffset? LastAttempt { get; init; }

    /// <summary>When the last successful refresh started.</summary>
    public DateTimeOffset? LastSuccess { get; init; }

    /// <summary>Why the most recent failed attempt failed (kept after a later success, with <see cref="LastErrorAt"/>).</summary>
    public string? LastError { get; init; }

    /// <summary>When the most recent failed attempt started.</summary>
    public DateTimeOffset? LastErrorAt { get; init; }

    /// <summary>Failed attempts in a row; 0 when the last attempt succeeded.</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>Articles the last successful read produced (a "not modified" answer keeps the earlier count).</summary>
    public int? ArticlesRead { get; init; }

    /// <summary>Publication time of the newest item ever read from the source.</summary>
    public DateTimeOffset? NewestItem { get; init; }

    /// <summary>True when the last attempt was answered "not modified" (nothing new to read).</summary>
    public bool LastNotModified { get; init; }

    /// <summary>When the scheduler means to try next (later while the source keeps failing).</summary>
    public DateTimeOffset? NextAttempt { get; init; }

    /// <summary>The report of the last attempt (its skipped items capped at <see cref="SourceStatusStore.MaxSkippedKept"/>).</summary>
    public SourceReport? LastReport { get; init; }

    /// <summary>True while the source's last attempt failed.</summary>
    [JsonIgnore]
    public bool IsFailing => ConsecutiveFailures > 0;
}
