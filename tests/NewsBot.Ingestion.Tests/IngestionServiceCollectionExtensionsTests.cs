using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dedup;

namespace NewsBot.Ingestion.Tests;

public sealed class IngestionServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        before?.Invoke(services);
        services.AddNewsIngestion();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddNewsIngestion_binds_passage_options_and_resolves_the_analyzer()
    {
        using var provider = Build(new() { ["Passages:MaxSentences"] = "2" });

        Assert.Equal(2, provider.GetRequiredService<IOptions<PassageOptions>>().Value.MaxSentences);
        var analyzed = provider.GetRequiredService<IArticleAnalyzer>()
            .Analyze(new Article("id", "t", "One. Two. Three. Four.", null, null, null, null, "s", "l"));
        Assert.All(analyzed.Passages, p => Assert.True(p.Sentences.Count <= 2));
        Assert.NotNull(provider.GetRequiredService<ArticleDeduplicator>());
    }

    [Fact]
    public void AddNewsIngestion_rejects_an_invalid_passage_setting_with_its_name()
    {
        using var provider = Build(new() { ["Passages:MaxSentences"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PassageOptions>>().Value);
        Assert.Contains("Passages:MaxSentences", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNewsIngestion_keeps_an_analyzer_registered_before_it()
    {
        var replacement = new FixedAnalyzer();
        using var provider = Build([], services => services.AddSingleton<IArticleAnalyzer>(replacement));

        Assert.Same(replacement, provider.GetRequiredService<IArticleAnalyzer>());
    }

    private sealed class FixedAnalyzer : IArticleAnalyzer
    {
        public AnalyzedArticle Analyze(Article article) => new(article, [], [], [], "fixed");
    }
}
