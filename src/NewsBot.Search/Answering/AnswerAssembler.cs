using NewsBot.Core.Answers;

namespace NewsBot.Search.Answering;

/// <summary>
/// Turns re-ranked passages into an answer: a confidence check, then quotes grouped by article, best first,
/// spreading the first places over different outlets before any outlet or article appears twice.
/// </summary>
internal static class AnswerAssembler
{
    // Below this re-rank score (about 0 to 1) even a well-covered passage is too weak to quote.
    private const double MinScore = 0.2;
    private const int ClosestHeadlines = 3;
    private const int FirstPage = 3;

    /// <summary>
    /// The answer from <paramref name="ranked"/>: a passage is confident when it covers enough of the question's words
    /// with a good enough lexical score, or when its best sentence means what the question asks (a cosine of at least
    /// <paramref name="minSimilarity"/>), so a paraphrase sharing few words is quoted too.
    /// </summary>
    public static Answer Assemble(string question, IReadOnlyList<RankedPassage> ranked, double minCoverage, int maxArticles, double minSimilarity = double.PositiveInfinity)
    {
        var usable = ranked.Where(passage => (passage.Coverage >= minCoverage && passage.LexicalScore >= MinScore) || passage.Similarity >= minSimilarity).ToList();
        if (usable.Count == 0)
        {
            var closest = ranked
                .Select(passage => passage.Citation)
                .DistinctBy(citation => citation.ArticleId)
                .Take(Math.Max(ClosestHeadlines, maxArticles))
                .ToList();
            return new Answer(AnswerOutcome.NotFound, question, [], closest);
        }

        var byArticle = usable
            .GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .Select(group => group.ToList())
            .ToList();
        var groups = SpreadOverOutlets(byArticle).Take(Math.Max(1, maxArticles)).ToList();
        if (groups.Count < maxArticles)
        {
            // The confident articles lead; the pages after them go on with the next best articles, as a search
            // engine's later results do, rather than ending after one or two articles.
            var shown = groups.Select(group => group[0].Citation.ArticleId).ToHashSet(StringComparer.Ordinal);
            var further = ranked
                .Where(passage => !shown.Contains(passage.Citation.ArticleId))
                .GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
                .Select(group => group.ToList())
                .ToList();
            groups.AddRange(SpreadOverOutlets(further).Take(maxArticles - groups.Count));
        }

        // A second quote from the same article only when there are too few articles to fill the first page.
        var allowSecond = groups.Count < FirstPage;
        var result = groups.Select(group =>
        {
            var quotes = new List<Quote> { group[0].Quote };
            if (allowSecond && group.Skip(1).FirstOrDefault(passage => !passage.Quote.Span.Overlaps(group[0].Quote.Span) && AnswersAsMuch(passage, group[0])) is { } second)
            {
                quotes.Add(second.Quote);
            }

            return new ArticleQuotes(group[0].Citation, quotes);
        }).ToList();
        return new Answer(AnswerOutcome.Found, question, result, []);
    }

    // Greedy round-robin: the best group of an outlet not yet shown, until every outlet has had a turn; then again.
    private static IEnumerable<List<RankedPassage>> SpreadOverOutlets(List<List<RankedPassage>> groups)
    {
        var remaining = groups.OrderByDescending(group => group[0].Score).ToList();
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(group => !shown.Contains(OutletOf(group)));
            if (next is null)
            {
                shown.Clear();
                continue;
            }

            shown.Add(OutletOf(next));
            remaining.Remove(next);
            yield return next;
        }
    }

    // An article without an outlet is its own outlet, so unlabelled articles never crowd each other out.
    private static string OutletOf(List<RankedPassage> group) =>
        group[0].Citation.Outlet is { Length: > 0 } outlet ? outlet : "\u0000" + group[0].Citation.ArticleId;

    // When the question asks for a sort of answer (someone's words, a date, a number), a second quote from the same
    // article must hold it as firmly as the first: under a quote of the words said, a sentence that only names the
    // question's subjects or says that someone spoke ("reporters described") is no second answer to what was said.
    private static bool AnswersAsMuch(RankedPassage second, RankedPassage first) => second.Evidence >= first.Evidence;
}
