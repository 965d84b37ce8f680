namespace NewsBot.Search.Answering;

/// <summary>
/// Chooses which of an article's passages leads it. The article keeps its place (its best passage's score and
/// coverage), but it is quoted from the passage that best answers: the headline and the best-matching passage
/// say what the article is about, while the answer (the date, the number, the reason) often stands a paragraph later.
/// </summary>
internal static class ArticleLeads
{
    /// <summary>
    /// <paramref name="ranked"/> best first, each article's passages ordered by score plus
    /// <paramref name="evidenceWeight"/> times its quote's answer evidence, the first of them carrying the article's
    /// best score and coverage.
    /// </summary>
    /// <remarks>
    /// With <paramref name="placed"/> (a learned model's scores), the articles and the other passages are placed by those
    /// scores, an article by its best passage's; with <paramref name="leads"/> too (the lead model's scores), an article
    /// with two passages or more is led by the one scored highest there instead of by the hand-set choice above.
    /// </remarks>
    public static List<RankedPassage> AnswerFirst(IReadOnlyList<(RankedPassage Passage, double Evidence)> ranked, double evidenceWeight, IReadOnlyList<double>? placed = null, IReadOnlyList<double>? leads = null)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var result = new List<RankedPassage>(ranked.Count);
        var entries = ranked.Select((entry, i) => (entry.Passage, entry.Evidence, Placed: placed?[i] ?? entry.Passage.Score, Lead: leads?[i]));
        foreach (var article in entries.GroupBy(entry => entry.Passage.Citation.ArticleId, StringComparer.Ordinal))
        {
            var best = article.Max(entry => entry.Placed);
            var coverage = article.Max(entry => entry.Passage.Coverage);
            var answering = article.OrderByDescending(entry => entry.Lead ?? entry.Passage.Score + (evidenceWeight * entry.Evidence)).ToList();
            result.Add(answering[0].Passage with { Score = best, Coverage = coverage, Quote = answering[0].Passage.Quote with { Score = best } });
            result.AddRange(answering.Skip(1).Select(entry => entry.Passage with { Score = entry.Placed, Quote = entry.Passage.Quote with { Score = entry.Placed } }));
        }

        // Stable: equal scores keep BM25's order.
        return result.Select((passage, index) => (passage, index))
            .OrderByDescending(entry => entry.passage.Score)
            .ThenBy(entry => entry.index)
            .Select(entry => entry.passage)
            .ToList();
    }
}
