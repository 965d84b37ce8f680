using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>Counts, dates and outlets of the live generation, computed once per reader and reused until it changes.</summary>
public sealed class LuceneIndexStatistics : IIndexStatistics
{
    private readonly ISearcherLeases _searchers;
    private StatsSnapshot? _cache;

    public LuceneIndexStatistics(ISearcherLeases searchers)
    {
        ArgumentNullException.ThrowIfNull(searchers);
        _searchers = searchers;
    }

    /// <inheritdoc />
    public IndexStats GetStats()
    {
        // A read that finds damage falls back to the previous complete generation, as a question does.
        return _searchers.Read(lease => lease is { } held ? StatsOf(held.Searcher) : IndexStats.Empty);
    }

    private IndexStats StatsOf(IndexSearcher searcher)
    {
        var reader = searcher.IndexReader;
        // Statistics only change when the reader does; reuse them between calls on the same reader.
        var cached = Volatile.Read(ref _cache);
        if (cached is not null && ReferenceEquals(cached.Reader, reader))
        {
            return cached.Stats;
        }

        var stats = Compute(searcher);
        Volatile.Write(ref _cache, new StatsSnapshot(reader, stats));
        return stats;
    }

    private static IndexStats Compute(IndexSearcher searcher)
    {
        int articles = 0, passages = 0;
        var outlets = new Dictionary<string, (string Name, int Count, DateTimeOffset? Newest, DateTimeOffset? Oldest)>(StringComparer.OrdinalIgnoreCase);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        DateTimeOffset? newest = null, oldest = null;
        foreach (var document in StoredArticles.AllArticles(searcher))
        {
            articles++;
            var source = document.Get(IndexFields.Source) ?? string.Empty;
            sources[source] = sources.GetValueOrDefault(source) + 1;
            passages += document.GetField(IndexFields.PassageCount)?.GetInt32Value() ?? 0;
            var citation = StoredCitation.Read(document);
            newest = Later(newest, citation.Published);
            oldest = Earlier(oldest, citation.Published);
            var outlet = citation.Outlet ?? OutletStats.NoOutlet;
            var entry = outlets.TryGetValue(outlet, out var found) ? found : (outlet, 0, null, null);
            outlets[outlet] = (entry.Name, entry.Count + 1, Later(entry.Newest, citation.Published), Earlier(entry.Oldest, citation.Published));
        }

        var updatedAt = searcher.IndexReader is DirectoryReader directoryReader
            && directoryReader.IndexCommit.UserData.TryGetValue(IndexFields.UpdatedAtKey, out var text)
            ? DateTimeOffset.ParseExact(text, "o", CultureInfo.InvariantCulture, DateTimeStyles.None)
            : (DateTimeOffset?)null;
        var outletStats = outlets.Values
            .OrderByDescending(outlet => outlet.Count)
            .ThenBy(outlet => outlet.Name, StringComparer.OrdinalIgnoreCase)
            .Select(outlet => new OutletStats(outlet.Name, outlet.Count, outlet.Newest, outlet.Oldest))
            .ToList();
        var sourceStats = sources
            .OrderByDescending(source => source.Value)
            .ThenBy(source => source.Key, StringComparer.OrdinalIgnoreCase)
            .Select(source => new SourceStats(source.Key, source.Value))
            .ToList();
        return new IndexStats(articles, passages, updatedAt, newest, oldest, outletStats) { Sources = sourceStats };
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private sealed record StatsSnapshot(IndexReader Reader, IndexStats Stats);
}
