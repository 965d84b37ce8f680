using NewsBot.Core.Articles;

namespace NewsBot.Core.Sources;

/// <summary>What one read of a source produced: the articles, and what was skipped with reasons.</summary>
/// <param name="SourceName">The configured source's name.</param>
/// <param name="Articles">Articles read, in source order.</param>
/// <param name="Skipped">Items that could not be read, with reasons.</param>
/// <param name="Failure">Set when the source as a whole failed (unreachable feed, missing folder); articles is then empty.</param>
public sealed record SourceBatch(
    string SourceName,
    IReadOnlyList<Article> Articles,
    IReadOnlyList<SkippedItem> Skipped,
    string? Failure = null)
{
    /// <summary>True when the source could be read at all.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>
    /// True when the source answered that nothing changed since its previous read (an HTTP 304 to a conditional
    /// request). <see cref="Articles"/> then repeats what that previous read gave, so a <see cref="RefreshMode.Full"/>
    /// refresh removes nothing, and an incremental refresh may skip the batch altogether.
    /// </summary>
    public bool NotModified { get; init; }

    /// <summary>
    /// True when the source is an archive (a feed): an article it no longer offers stays indexed, through refreshes and
    /// rebuilds, until <see cref="KeepDays"/> after its published date.
    /// </summary>
    public bool IsArchive { get; init; }

    /// <summary>
    /// When the source failed because it asked to be left alone for a while (HTTP <c>Retry-After</c>), how long; the
    /// scheduler does not try it again before then (within <c>Refresh:MaxBackoffMinutes</c>).
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For an archive, days after its published date an article that left the source stays; null for ever.</summary>
    public int? KeepDays { get; init; }
}
