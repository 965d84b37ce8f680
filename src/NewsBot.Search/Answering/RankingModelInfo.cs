using NewsBot.Search.Answering.Ranking;

namespace NewsBot.Search.Answering;

/// <summary>Which ranking answers questions, in words for a report: the learned model by name, or the hand-set blend.</summary>
public static class RankingModelInfo
{
    /// <summary>"learned: NAME (N trees)" when <paramref name="options"/> use the shipped model, else "hand-set blend".</summary>
    public static string Describe(SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.LearnedRanking && RankingModels.Learned is { } model
            ? $"learned: {model.Name} ({model.TreeCount} trees)"
            : "hand-set blend";
    }
}
