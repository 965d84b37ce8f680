using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Recent;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Recent;

/// <summary>
/// The newest dated events stated in the articles a query selects, distinct by date and sentence. Articles are read
/// in order of their latest stated event (a column written with each article), and reading stops once no article
/// left can hold an event newer than the ones found; an index written before that column existed is read whole.
/// Events on or after <c>until</c>, when given, are left out (a question about a past period).
/// </summary>
internal sealed class RecentEvents(IndexSearcher searcher, Query articles, Filter filter, DateOnly? since, int limit, DateOnly? until = null)
{
    private const int PageSize = 32;

    public List<NewsEvent> Newest()
    {
        if (!EveryLeafHas(IndexFields.LatestEventSort))
        {
            return Pick(ReadAll());
        }

        var query = new BooleanQuery
        {
            { articles, Occur.MUST },
            { NumericRangeQuery.NewInt64Range(IndexFields.LatestEvent, since?.DayNumber, null, true, true), Occur.MUST },
        };
        var sort = new Sort(new SortField(IndexFields.LatestEventSort, SortFieldType.INT64, true), LuceneRecentNews.NewestFirst());
        var read = new List<(long Published, int Doc, Document Document)>();
        ScoreDoc? after = null;
        while (true)
        {
            var page = searcher.SearchAfter(after, query, filter, PageSize, sort).ScoreDocs;
            foreach (var hit in page.Cast<FieldDoc>())
            {
                read.Add((Column(hit.Fields[1]), hit.Doc, searcher.Doc(hit.Doc)));
            }

            if (page.Length < PageSize)
            {
                break;
            }

            after = page[^1];
            // Every article not read yet states nothing later than this one's latest event.
            var latestLeft = DateOnly.FromDayNumber((int)Column(((FieldDoc)after).Fields[0]));
            var found = Pick(InPublishedOrder(read));
            if (found.Count == limit && found[^1].Date > latestLeft)
            {
                return found;
            }
        }

        return Pick(InPublishedOrder(read));
    }

    // The order the whole-index listing reads articles in, so ties between equal dates fall the same way.
    private static IEnumerable<Document> InPublishedOrder(List<(long Published, int Doc, Document Document)> read) =>
        read.OrderByDescending(article => article.Published).ThenBy(article => article.Doc).Select(article => article.Document);

    private IEnumerable<Document> ReadAll() =>
        searcher.Search(articles, filter, Math.Max(1, searcher.IndexReader.MaxDoc), new Sort(LuceneRecentNews.NewestFirst()))
            .ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc));

    private List<NewsEvent> Pick(IEnumerable<Document> documents) => documents
        .SelectMany(EventsOf)
        .Where(stated => (since is null || stated.Date >= since) && (until is null || stated.Date < until))
        .OrderByDescending(stated => stated.Date)
        .DistinctBy(stated => (stated.Date, stated.Sentence))
        .Take(limit)
        .ToList();

    // Lucene.Net hands sort values back as J2N's boxed numbers.
    private static long Column(object value) => ((J2N.Numerics.Number)value).ToInt64();

    private bool EveryLeafHas(string field) =>
        searcher.IndexReader.Leaves.All(leaf => ((AtomicReader)leaf.Reader).FieldInfos.FieldInfo(field) is not null);

    // One sentence is one event, at the most specific date it states: "On Nov. 21, 2025, ... since his victory on
    // Nov. 4" is the meeting of Nov. 21, 2025, not also an event of Nov. 4.
    private static IEnumerable<NewsEvent> EventsOf(Document document)
    {
        var citation = StoredCitation.Read(document);
        return document.GetValues(IndexFields.StatedDate)
            .Select(StoredEvent.Decode)
            .GroupBy(stored => stored.Sentence)
            .Select(sentence => sentence.OrderByDescending(Specificity).ThenBy(stored => stored.Mention.Start).First())
            .Select(stored => new NewsEvent(stored.Date, stored.SentenceText, stored.Sentence, citation));
    }

    // A day of the month counts most, then a year written out ("Nov. 21, 2025" over "Nov. 4" over "Tuesday").
    private static int Specificity(StoredEvent stored)
    {
        var start = stored.Mention.Start - stored.Sentence.Start;
        var mention = start >= 0 && start + stored.Mention.Length <= stored.SentenceText.Length
            ? stored.SentenceText.AsSpan(start, stored.Mention.Length)
            : ReadOnlySpan<char>.Empty;
        var digitRuns = mention.ToString().Split((char[])[' ', ',', '.', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(part => part.Length > 0 && char.IsAsciiDigit(part[0]))
            .ToList();
        static bool IsYear(string part) => part.Length == 4 && part.All(char.IsAsciiDigit);
        return (digitRuns.Any(part => !IsYear(part)) ? 2 : 0) + (digitRuns.Any(IsYear) ? 1 : 0);
    }
}
