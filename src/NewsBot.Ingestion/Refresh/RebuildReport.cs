using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Refresh;

/// <summary>What a full reindex of every configured source did.</summary>
/// <param name="Sources">One report per source, in configuration order.</param>
/// <param name="Update">The index change over all sources.</param>
/// <param name="Swapped">True when a whole new index was swapped in; false when a failed source made the rebuild fall back to per-source updates, keeping that source's indexed articles.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record RebuildReport(IReadOnlyList<SourceReport> Sources, IndexUpdate Update, bool Swapped, TimeSpan Elapsed)
{
    /// <summary>Articles read over all sources.</summary>
    public int Read => Sources.Sum(source => source.Read);

    /// <summary>Everything skipped over all sources, with reasons.</summary>
    public IEnumerable<SkippedItem> Skipped => Sources.SelectMany(source => source.Skipped);

    /// <summary>True when every source could be read.</summary>
    public bool Succeeded => Sources.All(source => source.Succeeded);
}
