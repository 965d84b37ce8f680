using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using NewsBot.Core.Recent;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Recent;

/// <summary>
/// Lists the newest articles (published date descending, undated last) with their ledes, and the dated events stated
/// inside them, newest first. Topic words are matched like a question's, but any match counts. Lucene sorts and
/// filters; only the documents shown (and, for events, the articles whose latest event can still make the list) are read.
/// Named for its engine because <see cref="RecentNews"/> is already the result record.
/// </summary>
public sealed class LuceneRecentNews : IRecentNews
{
    // Enough passages to find every article a topic touches in any realistic news index.
    private const int TopicPassages = 2000;

    private static readonly TermQuery ArticleQuery = new(new Term(IndexFields.Type, IndexFields.ArticleType));

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
        var limit = Math.Max(0, request.Limit);
        if (limit == 0)
        {
            return Task.FromResult(new RecentNews([], []));
        }

        // A read that finds damage falls back to the previous complete generation, as a question does.
        return Task.FromResult(_index.Read(lease => lease is { } held ? Recent(held.Searcher, request, limit) : new RecentNews([], [])));
    }

    private RecentNews Recent(IndexSearcher searcher, RecentRequest request, int limit)
    {
        var now = _time.GetUtcNow();
        DateRange? days = request.Days is { } n ? DateRange.LastDays(Math.Max(0, n), now) : null;
        if (TopicQuery(searcher, request, now) is not { } articles)
        {
            return new RecentNews([], []);
        }

        var newest = searcher.Search(articles, PassageQuery.Restrict(searcher, IndexFields.ArticleType, request.Outlet, days), limit, new Sort(NewestFirst()))
            .ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(document => new RecentArticle(StoredCitation.Read(document), document.Get(IndexFields.Lede) ?? string.Empty))
            .ToList();

        // Events are filtered by their own date, not the article's: an old article may state a recent event.
        var since = days?.From is { } from ? DateOnly.FromDateTime(from.UtcDateTime) : (DateOnly?)null;
        var filter = PassageQuery.Restrict(searcher, IndexFields.ArticleType, request.Outlet, null);
        // A date after the newest article was still to come when the news was written: listed apart, as expected.
        var future = NotFoundExplainer.Newest(searcher) is { } latest ? DateOnly.FromDateTime(latest.UtcDateTime).AddDays(1) : (DateOnly?)null;
        var events = new RecentEvents(searcher, articles, filter, since, limit, until: future).Newest();
        var expected = future is { } first
            ? new RecentEvents(searcher, articles, filter, since is { } start && start > first ? start : first, limit).Newest().OrderBy(stated => stated.Date).ToList()
            : [];
        return new RecentNews(newest, events) { Expected = expected };
    }

    /// <summary>Published descending; undated articles sort as the oldest possible, so they come last.</summary>
    internal static SortField NewestFirst()
    {
        var field = new SortField(IndexFields.PublishedSort, SortFieldType.INT64, true);
        field.SetMissingValue(J2N.Numerics.Int64.GetInstance(long.MinValue));
        return field;
    }

    // The article documents a topic touches (all of them without a topic), or null when the topic has no usable words.
    private Query? TopicQuery(IndexSearcher searcher, RecentRequest request, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(request.Topic))
        {
            return ArticleQuery;
        }

        var parsed = _parser.Parse(request.Topic, now, useDates: false);
        if (parsed.Problem is not null)
        {
            return null;
        }

        var query = PassageQuery.ForPassages(parsed with { Terms = parsed.Terms.Where(term => term.Weight >= 1).ToList() });
        var ids = searcher.Search(query, PassageQuery.Restrict(searcher, IndexFields.PassageType, request.Outlet, null), TopicPassages)
            .ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, IdOnly).Get(IndexFields.Id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => new Term(IndexFields.Id, id))
            .ToList();
        if (ids.Count == 0)
        {
            return null;
        }

        return new BooleanQuery
        {
            { ArticleQuery, Occur.MUST },
            { new ConstantScoreQuery(new TermsFilter(ids)), Occur.MUST },
        };
    }

    private static readonly ISet<string> IdOnly = new HashSet<string> { IndexFields.Id };
}
