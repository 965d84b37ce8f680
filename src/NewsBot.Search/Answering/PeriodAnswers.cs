using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;

namespace NewsBot.Search.Answering;

/// <summary>
/// Answers a question made of a period alone ("What happened in 2020?", "what happened last week") with that period's
/// top stories, each quoted by its first sentence, and the dated events that articles state for it; "not found"
/// when the period holds neither.
/// </summary>
internal static class PeriodAnswers
{
    // Enough articles to rank a busy year of news; beyond it the newest of the period are ranked.
    private const int Candidates = 2000;

    private static readonly TermQuery ArticleQuery = new(new Term(IndexFields.Type, IndexFields.ArticleType));

    public static Answer Answer(IndexSearcher searcher, string question, DateRange period, string? outlet, int maxArticles)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        var published = searcher.Search(ArticleQuery, PassageQuery.Restrict(searcher, IndexFields.ArticleType, outlet, period), Candidates, new Sort(LuceneRecentNews.NewestFirst()))
            .ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .ToList();

        // The top stories: the most widely carried, then the longest (a story with much to report gets a long
        // article), newest first among equals (the order they were read in, as OrderBy is stable).
        var stories = published
            .OrderByDescending(document => document.GetValues(IndexFields.AlsoCarriedBy).Length)
            .ThenByDescending(document => document.GetField(IndexFields.PassageCount)?.GetInt32Value() ?? 0)
            .Select(document => (Citation: StoredCitation.Read(document), Lede: StoryLedes.FirstSentence(searcher, document.Get(IndexFields.Id))))
            .Where(story => story.Lede is not null)
            .Take(Math.Max(1, maxArticles))
            .Select(story => new ArticleQuotes(story.Citation, [story.Lede!]))
            .ToList();
        var events = new RecentEvents(
            searcher,
            ArticleQuery,
            PassageQuery.Restrict(searcher, IndexFields.ArticleType, outlet, null),
            Day(period.From),
            Math.Max(1, maxArticles),
            Day(period.To)).Newest();
        if (stories.Count == 0 && events.Count == 0)
        {
            return new Answer(AnswerOutcome.NotFound, question, [], []);
        }

        return new Answer(AnswerOutcome.Found, question, stories, []) { Events = events };
    }

    private static DateOnly? Day(DateTimeOffset? time) => time is { } value ? DateOnly.FromDateTime(value.UtcDateTime) : null;
}
