using NewsBot.Core.Indexing;

namespace NewsBot.Core.Sources;

/// <summary>What one refresh or reindex of one source did, for summaries and the <c>sources</c> listing.</summary>
/// <param name="SourceName">The configured source's name.</param>
/// <param name="Failure">Why the source could not be read at all; null when it was read.</param>
/// <param name="Read">Articles read from the source.</param>
/// <param name="Update">What the index changed.</param>
/// <param name="Skipped">Items skipped, each with its reason (malformed files, duplicates).</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record SourceReport(
    string SourceName,
    string? Failure,
    int Read,
    IndexUpdate Update,
    IReadOnlyList<SkippedItem> Skipped,
    TimeSpan Elapsed)
{
    /// <summary>Publication time of the newest article the source offered, when any was dated.</summary>
    public DateTimeOffset? NewestPublished { get; init; }

    /// <summary>
    /// Why articles the source no longer offers were kept instead of removed (more than half of its indexed articles
    /// went missing, which looks like an emptied or misconfigured source); null when nothing was refused.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>How long the source asked not to be read again after failing (HTTP <c>Retry-After</c>), when it asked.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>True when the source could be read and nothing it asked for was refused.</summary>
    public bool Succeeded => Failure is null && Refusal is null;
}
