using NewsBot.Core.Articles;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Indexing;

/// <summary>Small articles the index tests write and ask about, each answering one question of its own.</summary>
internal static class IndexTestArticles
{
    public static readonly DateTimeOffset Day = new(2025, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static AnalyzedArticle Zebras(string text = "Zebras grazed on the savanna near the river. Park rangers counted the herd at dawn.") =>
        TestArticleBuilder.Article("zebras", text).From("Wild News").Published(Day).InSource("feeds").Build();

    public static AnalyzedArticle Penguins() =>
        TestArticleBuilder.Article("penguins", "Penguins huddled on the ice shelf through the storm. Scientists tagged the colony.")
            .From("Polar Post").Published(Day.AddDays(-3)).InSource("folder").Build();

    public static AnalyzedArticle Otters() =>
        TestArticleBuilder.Article("otters", "Otters floated in the kelp forest. Divers filmed them.").Published(Day).Build();

    public static List<AnalyzedArticle> Numbered(int count) => Enumerable.Range(0, count)
        .Select(i => TestArticleBuilder.Article($"numbered-{i}", $"Boats docked at harbour{i} before the storm. The crew unloaded crates.").Published(Day).Build())
        .ToList();
}
