namespace NewsBot.Search.Answering.Ranking;

/// <summary>The learned ranking model shipped inside this assembly (<c>ranker-model.json</c>), read once on first use.</summary>
internal static class RankingModels
{
    private const string ResourceName = "NewsBot.Search.Answering.Ranking.ranker-model.json";

    private static readonly Lazy<TreeEnsemble?> Shipped = new(Load);

    /// <summary>The shipped model, or null when this build carries none.</summary>
    public static TreeEnsemble? Learned => Shipped.Value;

    private static TreeEnsemble? Load()
    {
        using var stream = typeof(RankingModels).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : TreeEnsemble.Read(stream, RankingFeatures.Names);
    }
}
