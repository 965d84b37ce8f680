using NewsBot.Search.Answering.Ranking;

namespace NewsBot.Search.Answering;

/// <summary>Which ranking answers questions, in words for a report: the learned model by name, or the hand-set blend.</summary>
public static class RankingModelInfo
{
    /// <summary>
    /// "learned: NAME (N trees)" when <paramref name="options"/> use the shipped model, else "hand-set blend"; then the
    /// quoted sentence's chooser: "; sentences: NAME (N trees)" or "; sentences: hand-set"; then which passage leads an
    /// article: "; leads: NAME (N trees)" (only with the learned ranking) or "; leads: hand-set".
    /// </summary>
    public static string Describe(SearchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var passages = options.LearnedRanking && RankingModels.Learned is { } model
            ? $"learned: {model.Name} ({model.TreeCount} trees)"
            : "hand-set blend";
        var sentences = RankingModels.Sentences is { } chooser ? $"{chooser.Name} ({chooser.TreeCount} trees)" : "hand-set";
        var leads = options.LearnedRanking && RankingModels.Leads is { } lead ? $"{lead.Name} ({lead.TreeCount} trees)" : "hand-set";
        return $"{passages}; sentences: {sentences}; leads: {leads}";
    }
}
