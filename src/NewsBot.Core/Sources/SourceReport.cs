using NewsBot.Core.Indexing;

namespace NewsBot.Core.Sources;

/// <summary>What one refresh or reindex of one source did, for summaries and the <c>sources</c> listing.</summary>
/// <param name="SourceName">The configured source's name.</param>
/// <param name="Failure">Why the source could not be read at all; null when it was read.</param>
/// <param name="Read">Articles read from the source.</param>
/// <param name="Update">What the index changed.</param>
/// <param name="Skipped">Items skipped, each with its reason (malformed files, duplicates): the first <see cref="MaxSkippedListed"/>; <see cref="SkippedCount"/> counts them all.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record SourceReport(
    string SourceName,
    string? Failure,
    int Read,
    IndexUpdate Update,
    IReadOnlyList<SkippedItem> Skipped,
    TimeSpan Elapsed)
{
    /// <summary>
    /// Skipped items a report lists: a file of 500,000 bad lines is described by its first thousand and a count, so
    /// <c>--json</c>, the status file and the bot's summary stay small.
    /// </summary>
    public const int MaxSkippedListed = 1_000;

    private readonly IReadOnlyList<SkippedItem> _skipped = Listed(Skipped);

    /// <summary>The first <see cref="MaxSkippedListed"/> items skipped, with their reasons.</summary>
    public IReadOnlyList<SkippedItem> Skipped
    {
        get => _skipped;
        init => _skipped = Listed(value);
    }

    /// <summary>How many items were skipped in all, listed or not.</summary>
    public int SkippedCount { get; init; } = Skipped?.Count ?? 0;

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

    private static IReadOnlyList<SkippedItem> Listed(IReadOnlyList<SkippedItem>? skipped) =>
        skipped is null ? [] : skipped.Count > MaxSkippedListed ? [.. skipped.Take(MaxSkippedListed)] : skipped;
}
