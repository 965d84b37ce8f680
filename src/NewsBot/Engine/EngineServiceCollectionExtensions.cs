using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Sources;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Refresh;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;
using NewsBot.Search;

namespace NewsBot.Engine;

/// <summary>Wires the engine: ingestion, search, the configured sources and the refresh pipeline.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds everything <c>ask</c>, <c>recent</c>, <c>sources</c> and <c>reindex</c> need; the bot adds Discord on top.</summary>
    public static IServiceCollection AddNewsEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddNewsIngestion();
        services.AddNewsSearch();
        services.AddConfiguredSources();
        services.TryAddSingleton<IArticleSourceFactory, ProviderSourceFactory>();
        services.AddNewsFeeds();
        services.TryAddSingleton<SourceRefresher>();
        services.TryAddSingleton<ISourceRefresher>(provider => provider.GetRequiredService<SourceRefresher>());
        services.TryAddSingleton<IndexRebuilder>();
        services.TryAddSingleton<IndexBootstrapper>();
        services.TryAddSingleton<SourceStatusRecorder>();
        return services;
    }
}
