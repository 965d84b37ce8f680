using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Recent;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Recent;

/// <summary>
/// Lists the newest articles (published date descending, undated last) with their ledes, and the dated events stated
/// inside them, newest first. Topic words are matched like a question's, but any match counts.
/// Named for its engine because <see cref="RecentNews"/> is already the result record.
/// </summary>
public sealed class LuceneRecentNews : IRecentNews
{
    // Enough passages to find every article a topic touches in any realistic news index.
    private const int TopicPassages = 2000;

    private readonly ISearcherLeases _index;
    private readonly TimeProvider _time;
    private readonly QuestionParser _parser = new();

    public LuceneRecentNews(ISearcherLeases index, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(time);
        _index = index;
        _time = time;
    }

    /// <inheritdoc />
    public Task<RecentNews> GetRecentAsync(RecentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (_index.AcquireSearcher() is not { } lease)
        {
            return Task.FromResult(new RecentNews([], []));
        }

        using (lease)
        {
            var searcher = lease.Searcher;
            var now = _time.GetUtcNow();
            var limit = Math.Max(0, request.Limit);
            DateRange? days = request.Days is { } n ? DateRange.LastDays(Math.Max(0, n), now) : null;
            var topicArticles = TopicArticles(searcher, request, now);

            var sort = new Sort(NewestFirst());
            var all = Math.Max(1, searcher.IndexReader.MaxDoc);
            var articleQuery = new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType));
            var newest = searcher.Search(articleQuery, PassageQuery.Restrict(IndexFields.ArticleType, request.Outlet, days), all, sort)
                .ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc))
                .Where(document => topicArticles is null || topicArticles.Contains(document.Get(IndexFields.Id)))
                .Take(limit)
                .Select(document => new RecentArticle(StoredCitation.Read(document), document.Get(IndexFields.Lede) ?? string.Empty))
                .ToList();

            // Events are filtered by their own date, not the article's: an old article may state a recent event.
            var since = days?.From is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : (DateOnly?)null;
            var events = searcher.Search(articleQuery, PassageQuery.Restrict(IndexFields.ArticleType, request.Outlet, null), all, sort)
                .ScoreDocs
                .Select(hit => searcher.Doc(hit.Doc))
                .Where(document => topicArticles is null || topicArticles.Contains(document.Get(IndexFields.Id)))
                .SelectMany(EventsOf)
                .Where(stated => since is null || stated.Date >= since)
                .OrderByDescending(stated => stated.Date)
                .DistinctBy(stated => (stated.Date, stated.Sentence))
                .Take(limit)
                .ToList();
            return Task.FromResult(new RecentNews(newest, events));
        }
    }

    // Published descending; undated articles sort as the oldest possible, so they come last.
    private static SortField NewestFirst()
    {
        var field = new SortField(IndexFields.PublishedSort, SortFieldType.INT64, true);
        field.SetMissingValue(J2N.Numerics.Int64.GetInstance(long.MinValue));
        return field;
    }

    // Ids of the articles a topic touches, or null when there is no usable topic.
    private HashSet<string>? TopicArticles(IndexSearcher searcher, RecentRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Topic))
        {
            return null;
        }

        var parsed = _parser.Parse(request.Topic, now, useDates: false);
        if (parsed.Problem is not null)
        {
            return [];
        }

        var query = PassageQuery.ForPassages(parsed with { Terms = parsed.Terms.Where(term => term.Weight >= 1).ToList() });
        return searcher.Search(query, PassageQuery.Restrict(IndexFields.PassageType, request.Outlet, null), TopicPassages)
            .ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc).Get(IndexFields.Id))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<NewsEvent> EventsOf(Document document)
    {
        var citation = StoredCitation.Read(document);
        return document.GetValues(IndexFields.StatedDate)
            .Select(StoredEvent.Decode)
            .Select(stored => new NewsEvent(stored.Date, stored.SentenceText, stored.Sentence, citation));
    }
}
