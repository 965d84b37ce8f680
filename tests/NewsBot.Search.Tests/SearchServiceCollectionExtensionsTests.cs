using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;
using NewsBot.Search.Indexing;
using NewsBot.Testing;

namespace NewsBot.Search.Tests;

public sealed class SearchServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddNewsSearch();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void The_engine_resolves_as_singletons_over_one_index()
    {
        using var directory = new TemporaryDirectory();
        using var provider = Build(new() { ["Index:Path"] = directory.Combine("lucene") });

        var generations = provider.GetRequiredService<IndexGenerations>();
        Assert.Same(generations.Leases, provider.GetRequiredService<IIndexHealthCheck>());
        Assert.Same(generations.Leases, provider.GetRequiredService<ISearcherLeases>());
        Assert.Same(generations.History, provider.GetRequiredService<IIndexGenerationHistory>());
        Assert.Same(provider.GetRequiredService<INewsIndexWriter>(), provider.GetRequiredService<INewsIndexWriter>());
        Assert.Same(provider.GetRequiredService<IStoryLookup>(), provider.GetRequiredService<IStoryLookup>());
        Assert.Same(provider.GetRequiredService<IStoryLookup>(), provider.GetRequiredService<IStoryCredits>());
        Assert.Same(provider.GetRequiredService<IIndexStatistics>(), provider.GetRequiredService<IIndexStatistics>());
        Assert.Same(provider.GetRequiredService<IQuestionAnswerer>(), provider.GetRequiredService<IQuestionAnswerer>());
        Assert.NotNull(provider.GetRequiredService<IRecentNews>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public async Task Questions_asked_of_an_index_without_vectors_never_load_the_model()
    {
        using var directory = new TemporaryDirectory();
        using var provider = Build(new() { ["Index:Path"] = directory.Combine("lucene") });
        await provider.GetRequiredService<INewsIndexWriter>().ReplaceAllAsync([Indexing.IndexTestArticles.Zebras()], null, CancellationToken.None);

        var answer = await provider.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest("Where did zebras graze?"), CancellationToken.None);

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.True(provider.GetRequiredService<IOptions<SearchOptions>>().Value.Semantic);
        Assert.False(Assert.IsType<Search.Vectors.OnnxSentenceEmbedder>(provider.GetRequiredService<Search.Vectors.ISentenceEmbedder>()).IsModelLoaded);
    }

    [Fact]
    public void The_path_defaults_to_index_lucene()
    {
        using var provider = Build([]);

        Assert.Equal("index/lucene", provider.GetRequiredService<IOptions<SearchOptions>>().Value.Path);
    }

    [Fact]
    public void A_bad_setting_fails_at_start_naming_the_setting()
    {
        using var provider = Build(new() { ["Index:Path"] = "", ["Index:Bm25B"] = "7" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Index:Path", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Index:Bm25B", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_number_of_kept_generations_fails_at_start_naming_the_setting()
    {
        using var provider = Build(new() { ["Index:KeepGenerations"] = "-1" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Index:KeepGenerations", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_provider_registered_first_is_kept()
    {
        var services = new ServiceCollection();
        var fake = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        services.AddSingleton<TimeProvider>(fake);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddNewsSearch();
        using var provider = services.BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<TimeProvider>());
    }
}
