using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Bot.Reindex;

/// <summary>What a <c>/reindex</c> did, over every configured source.</summary>
/// <param name="Full">True for a full rebuild, false for an incremental refresh.</param>
/// <param name="Sources">Each source's report.</param>
/// <param name="Update">What the index changed, over all sources.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record ReindexSummary(bool Full, IReadOnlyList<SourceReport> Sources, IndexUpdate Update, TimeSpan Elapsed)
{
    /// <summary>Articles read over all sources.</summary>
    public int Read => Sources.Sum(source => source.Read);

    /// <summary>What was skipped over all sources, with reasons (each source's first <see cref="SourceReport.MaxSkippedListed"/>).</summary>
    public IEnumerable<SkippedItem> Skipped => Sources.SelectMany(source => source.Skipped);

    /// <summary>How many items were skipped over all sources, listed or not.</summary>
    public int SkippedCount => Sources.Sum(source => source.SkippedCount);

    /// <summary>Why a rebuild was not swapped in (it would have emptied the index or removed more than half of it); null when nothing was refused.</summary>
    public string? Refusal { get; init; }

    /// <summary>True when every source could be read and nothing was refused.</summary>
    public bool Succeeded => Refusal is null && Sources.All(source => source.Succeeded);
}
