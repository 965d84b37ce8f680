using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;

namespace NewsBot.Search;

/// <summary>Registers the Lucene index, the question answerer and the recent-news listing.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// Adds the index ports (<see cref="IIndexHealthCheck"/>, <see cref="IIndexGenerationHistory"/>, <see cref="INewsIndexWriter"/>,
    /// <see cref="IStoryLookup"/>, <see cref="IIndexStatistics"/>), <see cref="IQuestionAnswerer"/> and <see cref="IRecentNews"/> as singletons over one
    /// <see cref="IndexGenerations"/>, with <see cref="SearchOptions"/> bound from the <c>Index</c> section and validated at start,
    /// and one <see cref="SemanticReranker"/> that the answerer uses only when <c>Index:SemanticRerank</c> is true.
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
        services.TryAddSingleton<IIndexHealthCheck>(provider => provider.GetRequiredService<IndexGenerations>());
        services.TryAddSingleton<ISearcherLeases>(provider => provider.GetRequiredService<IndexGenerations>());
        services.TryAddSingleton<IIndexGenerationHistory>(provider => provider.GetRequiredService<IndexGenerations>());
        services.TryAddSingleton<INewsIndexWriter, LuceneIndexWriter>();
        services.TryAddSingleton<IStoryLookup, LuceneStoryLookup>();
        services.TryAddSingleton<IIndexStatistics, LuceneIndexStatistics>();
        services.TryAddSingleton<SemanticReranker>();
        services.TryAddSingleton<IQuestionAnswerer, QuestionAnswerer>();
        services.TryAddSingleton<IRecentNews, LuceneRecentNews>();
        return services;
    }
}
