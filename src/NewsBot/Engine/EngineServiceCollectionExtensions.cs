using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Maintenance;
using NewsBot.Search;

namespace NewsBot.Engine;

/// <summary>Wires the engine: the search index and its maintenance (ingestion and the configured sources come with it).</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>Adds everything <c>ask</c>, <c>recent</c>, <c>sources</c> and <c>reindex</c> need; the bot adds Discord on top.</summary>
    public static IServiceCollection AddNewsEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddNewsSearch();
        services.AddIndexMaintenance();
        return services;
    }
}
