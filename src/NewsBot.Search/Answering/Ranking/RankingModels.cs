namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The learned models shipped inside this assembly, each read once on first use: the passage ranker
/// (<c>ranker-model.json</c>), the sentence chooser (<c>sentence-model.json</c>) and the lead chooser
/// (<c>lead-model.json</c>), all fitted by
/// tools/NewsBot.RankerTraining.
/// </summary>
internal static class RankingModels
{
    private const string ResourceName = "NewsBot.Search.Answering.Ranking.ranker-model.json";
    private const string SentenceResourceName = "NewsBot.Search.Answering.Ranking.sentence-model.json";
    private const string LeadResourceName = "NewsBot.Search.Answering.Ranking.lead-model.json";

    private static readonly Lazy<TreeEnsemble?> Shipped = new(() => Load(ResourceName, RankingFeatures.Names));
    private static readonly Lazy<TreeEnsemble?> ShippedSentences = new(() => Load(SentenceResourceName, SentenceFeatures.Names));
    private static readonly Lazy<TreeEnsemble?> ShippedLeads = new(() => Load(LeadResourceName, LeadFeatures.Names));

    /// <summary>The shipped passage model, or null when this build carries none.</summary>
    public static TreeEnsemble? Learned => Shipped.Value;

    /// <summary>
    /// The shipped sentence model, or null when this build carries none (the hand-set choice then picks the sentence).
    /// </summary>
    public static TreeEnsemble? Sentences => ShippedSentences.Value;

    /// <summary>
    /// The shipped lead model, which of an article's candidate passages leads it, or null when this build carries none
    /// (the hand-set choice then leads).
    /// </summary>
    public static TreeEnsemble? Leads => ShippedLeads.Value;

    private static TreeEnsemble? Load(string resource, IReadOnlyList<string> features)
    {
        using var stream = typeof(RankingModels).Assembly.GetManifestResourceStream(resource);
        return stream is null ? null : TreeEnsemble.Read(stream, features);
    }
}
