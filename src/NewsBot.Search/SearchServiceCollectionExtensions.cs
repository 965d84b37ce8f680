using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;
using NewsBot.Search.Vectors;

namespace NewsBot.Search;

/// <summary>Registers the Lucene index, the question answerer and the recent-news listing.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Adds the index ports (<see cref="IIndexHealthCheck"/>, <see cref="IIndexGenerationHistory"/>, <see cref="INewsIndexWriter"/>,
    /// <see cref="IStoryLookup"/> and its reading part <see cref="IStoryCredits"/>, <see cref="IIndexStatistics"/>), <see cref="IQuestionAnswerer"/> and <see cref="IRecentNews"/> as singletons over one
    /// <see cref="IndexGenerations"/>, with <see cref="SearchOptions"/> bound from the <c>Index</c> section and validated at start,
    /// the sentence vectors (<see cref="ISentenceVectorIndex"/>) and one <see cref="ISentenceEmbedder"/> (the model loads
    /// on first use, never when <c>Index:Semantic</c> is false or no generation has vectors).
    /// </summary>
    public static IServiceCollection AddNewsSearch(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IndexGenerations>();
        services.TryAddSingleton(provider => provider.GetRequiredService<IndexGenerations>().Store);
        services.TryAddSingleton(provider => provider.GetRequiredService<IndexGenerations>().Gate);
        services.TryAddSingleton(provider => provider.GetRequiredService<IndexGenerations>().Changes);
        services.TryAddSingleton<IIndexHealthCheck>(provider => provider.GetRequiredService<IndexGenerations>().Leases);
        services.TryAddSingleton<ISearcherLeases>(provider => provider.GetRequiredService<IndexGenerations>().Leases);
        services.TryAddSingleton<IIndexGenerationHistory>(provider => provider.GetRequiredService<IndexGenerations>().History);
        services.TryAddSingleton<INewsIndexWriter, LuceneIndexWriter>();
        services.TryAddSingleton<IStoryLookup, LuceneStoryLookup>();
        services.TryAddSingleton<IStoryCredits>(provider => provider.GetRequiredService<IStoryLookup>());
        services.TryAddSingleton<IIndexStatistics, LuceneIndexStatistics>();
        services.TryAddSingleton<ISentenceEmbedder, OnnxSentenceEmbedder>();
        services.TryAddSingleton<ISentenceVectorIndex, SentenceVectorIndexer>();
        services.TryAddSingleton<IQuestionAnswerer>(provider => new QuestionAnswerer(
            provider.GetRequiredService<ISearcherLeases>(),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SearchOptions>>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ISentenceEmbedder>()));
        services.TryAddSingleton<IRecentNews, LuceneRecentNews>();
        return services;
    }
}
