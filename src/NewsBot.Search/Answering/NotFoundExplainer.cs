using Lucene.Net.Search;
using NewsBot.Core.Answers;
using NewsBot.Core.Formatting;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;

namespace NewsBot.Search.Answering;

/// <summary>
/// Makes "not found" honest and useful: a question whose key word the index has never seen is not found whatever its
/// other words matched (what they matched becomes the closest headlines), and every "not found" says which words are
/// unknown (with a "did you mean"), which dates the index covers, and which filter, if any, matched no article.
/// </summary>
internal static class NotFoundExplainer
{
    public static Answer Explain(Answer answer, IndexSearcher searcher, ParsedQuestion question, AskRequest request, DateTimeOffset now, string? silentSpeaker = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(request);
        if (answer.Outcome == AnswerOutcome.Rejected || (answer.Outcome == AnswerOutcome.Found && question.AbsentTerms.Count == 0))
        {
            return answer;
        }

        var closest = answer.Outcome == AnswerOutcome.Found ? answer.Articles.Select(group => group.Citation).ToList() : answer.ClosestHeadlines;
        return new Answer(AnswerOutcome.NotFound, answer.Question, [], closest)
        {
            NotFound = new NotFoundDetails(question.AbsentTerms, question.DidYouMean, Newest(searcher), Oldest(searcher), EmptyFilterOf(searcher, question, request, now))
            {
                SilentSpeaker = silentSpeaker,
            },
        };
    }

    /// <summary>True when the question's period begins after the newest dated article: the index cannot say what happened then.</summary>
    internal static bool Uncovered(IndexSearcher searcher, ParsedQuestion question) =>
        question.Dates is { From: { } from } && Newest(searcher) is { } newest && from > newest;

    /// <summary>The first filter that alone matches no passage: the outlet, then the last days, then the question's period.</summary>
    internal static EmptyFilter? EmptyFilterOf(IndexSearcher searcher, ParsedQuestion question, AskRequest request, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(request.Outlet) && Matches(searcher, request.Outlet, null, null) == 0)
        {
            return new EmptyFilter(AskFilter.Outlet, request.Outlet.Trim(), IndexedOutlets(searcher));
        }

        if (request.Days is { } days && Matches(searcher, null, DateRange.LastDays(Math.Max(0, days), now), null) == 0)
        {
            return new EmptyFilter(AskFilter.Days, days.ToString(System.Globalization.CultureInfo.InvariantCulture), []);
        }

        if (question.Dates is { } period && (Uncovered(searcher, question) || Matches(searcher, null, period, question.Years) == 0))
        {
            return new EmptyFilter(AskFilter.Period, Describe(period), []);
        }

        return null;
    }

    /// <summary>When the newest dated article was published.</summary>
    internal static DateTimeOffset? Newest(IndexSearcher searcher) => FirstPublished(searcher, LuceneRecentNews.NewestFirst());

    private static DateTimeOffset? Oldest(IndexSearcher searcher)
    {
        var oldestFirst = new SortField(IndexFields.PublishedSort, SortFieldType.INT64, false);
        oldestFirst.SetMissingValue(J2N.Numerics.Int64.GetInstance(long.MaxValue));
        return FirstPublished(searcher, oldestFirst);
    }

    private static DateTimeOffset? FirstPublished(IndexSearcher searcher, SortField order)
    {
        var first = searcher.Search(new MatchAllDocsQuery(), PassageQuery.Restrict(searcher, IndexFields.ArticleType, null, null), 1, new Sort(order)).ScoreDocs;
        return first.Length == 0 ? null : StoredCitation.Read(searcher.Doc(first[0].Doc)).Published;
    }

    private static int Matches(IndexSearcher searcher, string? outlet, DateRange? dates, IReadOnlyCollection<string>? years) =>
        searcher.Search(new MatchAllDocsQuery(), PassageQuery.Restrict(searcher, IndexFields.PassageType, outlet, dates, years), 1).TotalHits;

    // Publishers and carriers alike, as an outlet filter accepts either; most articles first.
    private static List<string> IndexedOutlets(IndexSearcher searcher) => StoredArticles.AllArticles(searcher)
        .SelectMany(document => document.GetValues(IndexFields.AlsoCarriedBy).Prepend(document.Get(IndexFields.OutletDisplay)))
        .OfType<string>()
        .Where(outlet => outlet.Length > 0)
        .GroupBy(outlet => outlet, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(group => group.Count())
        .ThenBy(group => group.Key, StringComparer.OrdinalIgnoreCase)
        .Select(group => group.Key)
        .ToList();

    // "1 Jan 2020 to 31 Dec 2020", "since 3 Nov 2025", "before 1 Jan 2020": the range in the words of a citation date.
    private static string Describe(DateRange period) => (period.From, period.To) switch
    {
        ({ } from, { } to) => $"{DisplayFormat.Date(from)} to {DisplayFormat.Date(to.AddDays(-1))}",
        ({ } from, null) => $"since {DisplayFormat.Date(from)}",
        (null, { } to) => $"before {DisplayFormat.Date(to)}",
        _ => "any time",
    };
}
