namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The features of a candidate that depend on the other candidates: its cosine against the best and worst of them, its
/// blended score, its article's lede and how many of its article's passages were found, and how its headline ranks.
/// </summary>
internal static class CandidateFeatures
{
    public static void Complete(IReadOnlyList<RankedPassage> blended)
    {
        ArgumentNullException.ThrowIfNull(blended);
        var similar = blended.Where(passage => passage.Similarity is not null).Select(passage => passage.Similarity!.Value).ToList();
        var (low, range) = similar.Count == 0 ? (0.0, 1.0) : (similar.Min(), Math.Max(1e-9, similar.Max() - similar.Min()));

        // The lede as far as the candidates show it: an article whose opening passage was found, and how well it covers.
        var ledes = blended.Where(passage => passage.Features[RankingFeatures.IsLede] > 0)
            .GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Max(passage => passage.Coverage), StringComparer.Ordinal);
        var perArticle = blended.GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var titleCoverages = blended.Select(passage => passage.Features[RankingFeatures.TitleCoverage]).OrderByDescending(value => value).ToList();
        foreach (var passage in blended)
        {
            var features = passage.Features;
            features[RankingFeatures.SimilarityNormalised] = passage.Similarity is { } similarity ? (float)((similarity - low) / range) : 0;
            features[RankingFeatures.BlendedScore] = (float)passage.Score;
            features[RankingFeatures.LedeCoverage] = (float)ledes.GetValueOrDefault(passage.Citation.ArticleId);
            features[RankingFeatures.ArticlePassages] = perArticle[passage.Citation.ArticleId];
            features[RankingFeatures.TitleCoverageRank] = titleCoverages.IndexOf(features[RankingFeatures.TitleCoverage]);
        }
    }
}
