namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The features of a candidate that depend on the other candidates: its cosine against the best and worst of them, its
/// blended score, its article's lede and how many of its article's passages were found, how its headline, words and
/// cosine rank, and how far its coverage and quote fall behind the best candidate's.
/// </summary>
internal static class CandidateFeatures
{
    public static void Complete(IReadOnlyList<RankedPassage> blended)
    {
        ArgumentNullException.ThrowIfNull(blended);
        if (blended.Count == 0)
        {
            return;
        }

        var similar = blended.Where(passage => passage.Similarity is not null).Select(passage => passage.Similarity!.Value).ToList();
        var (low, range) = similar.Count == 0 ? (0.0, 1.0) : (similar.Min(), Math.Max(1e-9, similar.Max() - similar.Min()));

        // The lede as far as the candidates show it: an article whose opening passage was found, and how well it covers.
        var ledes = blended.Where(passage => passage.Features[RankingFeatures.IsLede] > 0)
            .GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(passage => passage.Coverage), StringComparer.Ordinal);
        var perArticle = blended.GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var titleCoverageRanks = Ranks(blended.Select(passage => passage.Features[RankingFeatures.TitleCoverage]));
        var lexicalRanks = Ranks(blended.Select(passage => passage.LexicalScore));
        var similarityRanks = Ranks(blended.Select(passage => passage.Features[RankingFeatures.Similarity]));
        var bestCoverage = blended.Max(passage => passage.Features[RankingFeatures.Coverage]);
        var bestSentence = blended.Max(passage => passage.Features[RankingFeatures.SentenceScore]);
        var bestQuoteSimilarity = blended.Max(passage => passage.Features[RankingFeatures.QuoteSimilarity]);
        foreach (var passage in blended)
        {
            var features = passage.Features;
            features[RankingFeatures.SimilarityNormalised] = passage.Similarity is { } similarity ? (float)((similarity - low) / range) : 0;
            features[RankingFeatures.BlendedScore] = (float)passage.Score;
            features[RankingFeatures.LedeCoverage] = (float)ledes.GetValueOrDefault(passage.Citation.ArticleId);
            features[RankingFeatures.ArticlePassages] = perArticle[passage.Citation.ArticleId];
            features[RankingFeatures.TitleCoverageRank] = titleCoverageRanks[features[RankingFeatures.TitleCoverage]];

            // The same signals against the best candidate's: LambdaMART reads one row at a time, so "as good as the
            // best" has to be in the row.
            features[RankingFeatures.CoverageGap] = features[RankingFeatures.Coverage] - bestCoverage;
            features[RankingFeatures.SentenceScoreGap] = features[RankingFeatures.SentenceScore] - bestSentence;
            features[RankingFeatures.QuoteSimilarityGap] = features[RankingFeatures.QuoteSimilarity] - bestQuoteSimilarity;
            features[RankingFeatures.LexicalRank] = lexicalRanks[passage.LexicalScore];
            features[RankingFeatures.SimilarityRank] = similarityRanks[features[RankingFeatures.Similarity]];
        }
    }

    // Each value's rank among the candidates, best first, equal values sharing the first rank of their run: one pass
    // over the sorted values instead of a search of the list for every candidate.
    private static Dictionary<T, int> Ranks<T>(IEnumerable<T> values)
        where T : notnull
    {
        var ranks = new Dictionary<T, int>();
        var rank = 0;
        foreach (var value in values.OrderDescending())
        {
            ranks.TryAdd(value, rank++);
        }

        return ranks;
    }
}
