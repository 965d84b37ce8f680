using NewsBot.Core.Indexing;

namespace NewsBot.Core.Sources;

/// <summary>What a reindex (a full rebuild, or a refresh of one or more sources) did.</summary>
/// <param name="Sources">One report per source, in configuration order.</param>
/// <param name="Update">The index change over all sources.</param>
/// <param name="Swapped">True when a whole new index was swapped in; false when a failed source made the rebuild fall back to per-source updates, keeping that source's indexed articles.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record RebuildReport(IReadOnlyList<SourceReport> Sources, IndexUpdate Update, bool Swapped, TimeSpan Elapsed)
{
    /// <summary>Articles read over all sources.</summary>
    public int Read => Sources.Sum(source => source.Read);

    /// <summary>What was skipped over all sources, with reasons (each source's first <see cref="SourceReport.MaxSkippedListed"/>).</summary>
    public IEnumerable<SkippedItem> Skipped => Sources.SelectMany(source => source.Skipped);

    /// <summary>How many items were skipped over all sources, listed or not.</summary>
    public int SkippedCount => Sources.Sum(source => source.SkippedCount);

    /// <summary>
    /// Why the rebuilt index was not swapped in although every source was read (it would have left the index empty,
    /// or removed more than half of its articles, without being told to); null when nothing was refused. The index is
    /// then exactly as it was.
    /// </summary>
    public string? Refusal { get; init; }

    /// <summary>True when every source could be read and nothing was refused.</summary>
    public bool Succeeded => Refusal is null && Sources.All(source => source.Succeeded);
}
