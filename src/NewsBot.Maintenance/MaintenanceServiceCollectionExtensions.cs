using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion;
using NewsBot.Ingestion.Sources;
using NewsBot.Maintenance.Refresh;
using NewsBot.Maintenance.Scheduling;
using NewsBot.Maintenance.Status;
using NewsBot.Maintenance.Vectors;

namespace NewsBot.Maintenance;

/// <summary>Registers index maintenance.</summary>
public static class MaintenanceServiceCollectionExtensions
{
    /// <summary>
    /// Adds ingestion and the configured sources, <see cref="IndexMaintenance"/> with its refresher, rebuilder and status
    /// store, <see cref="IndexBootstrapper"/>, <see cref="RefreshOptions"/> (section <c>Refresh</c>, validated at start)
    /// and the hosted <see cref="SourceRefreshService"/> and <see cref="VectorCatchUpService"/>. The index's ports (<c>INewsIndexWriter</c>, <c>IStoryLookup</c>, <c>IIndexHealthCheck</c>) are registered elsewhere.
    /// Everything is added with <c>TryAdd*</c>, so tests and the composition root can replace any part.
    /// </summary>
    public static IServiceCollection AddIndexMaintenance(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddNewsIngestion();
        services.AddConfiguredSources();
        services.AddOptions<RefreshOptions>().BindConfiguration(RefreshOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new SourceStatusStore(
            StatusPath(provider.GetRequiredService<IOptions<RefreshOptions>>().Value, provider.GetService<IConfiguration>()),
            provider.GetRequiredService<ILogger<SourceStatusStore>>()));
        services.TryAddSingleton<SourceStatusRecorder>();
        services.TryAddSingleton<SourceRefresher>();
        services.TryAddSingleton<ISourceRefresher>(provider => provider.GetRequiredService<SourceRefresher>());
        services.TryAddSingleton<IndexRebuilder>();
        services.TryAddSingleton(provider => new VectorPass(
            provider.GetService<ISentenceVectorIndex>(),
            IndexFolder(provider.GetService<IConfiguration>()),
            provider.GetRequiredService<IOptions<RefreshOptions>>().Value.VectorCores,
            provider.GetRequiredService<ILogger<VectorPass>>()));
        services.TryAddSingleton<IndexMaintenance>();
        services.TryAddSingleton<IndexBootstrapper>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SourceRefreshService>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, VectorCatchUpService>());
        return services;
    }

    /// <summary>
    /// <see cref="RefreshOptions.StatusPath"/>, else <c>sources-status.json</c> inside the index folder (<c>Index:Path</c>):
    /// the status belongs to its index, so two indexes in one parent folder never share it.
    /// </summary>
    internal static string StatusPath(RefreshOptions options, IConfiguration? configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.StatusPath))
        {
            return Path.GetFullPath(options.StatusPath);
        }

        return Path.Combine(IndexFolder(configuration), "sources-status.json");
    }

    // The index folder as the search index reads it (Index:Path, default index/lucene): the status and the vector
    // pass's lock belong to their index.
    private static string IndexFolder(IConfiguration? configuration)
        => Path.GetFullPath(configuration?["Index:Path"] is { Length: > 0 } configured ? configured : Path.Combine("index", "lucene"));
}
