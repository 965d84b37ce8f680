using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsBot.Core.Answers;
using NewsBot.Ingestion.Sources;
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

        // Asking, the same for the command line and the bot: the operator's labels come from the configured sources.
        services.TryAddSingleton(provider => ConfiguredLabels.From(provider.GetRequiredService<ISourceCatalogue>()));
        services.TryAddSingleton<CitationLabels>();
        services.TryAddSingleton<AskingService>();
        return services;
    }
}
