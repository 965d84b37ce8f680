using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Sources;

/// <summary>Registers the configured sources.</summary>
public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Binds the top-level <c>Sources</c> list (so <c>NEWSBOT_Sources__0__Location</c> works), validates it at start,
    /// and registers the one <see cref="ISourceCatalogue"/> (with feed reading, which feed sources need).
    /// </summary>
    public static IServiceCollection AddConfiguredSources(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SourcesOptions>()
            .Configure<IConfiguration>((options, configuration) => configuration.GetSection(SourcesOptions.SectionName).Bind(options.Items))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>());
        services.AddNewsFeeds();
        services.TryAddSingleton<ISourceCatalogue, SourceCatalogue>();
        return services;
    }
}
