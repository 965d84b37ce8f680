using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Dedup;
using NewsBot.Ingestion.Files;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion;

/// <summary>Registers the ingestion services.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the article analyzer (sentences, passages, stated dates), the deduplicator, the metadata completer,
    /// <see cref="PassageOptions"/> bound from the <c>Passages</c> section, <see cref="AnalysisOptions"/> from the <c>Analysis</c> section and <see cref="FolderOptions"/> from the
    /// <c>Folders</c> section, both validated at start. Existing registrations are kept.
    /// </summary>
    public static IServiceCollection AddNewsIngestion(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PassageOptions>()
            .BindConfiguration(PassageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<FolderOptions>()
            .BindConfiguration(FolderOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<SentenceSplitter>();
        services.TryAddSingleton<StatedDateExtractor>();
        services.TryAddSingleton(sp => new PassageBuilder(sp.GetRequiredService<IOptions<PassageOptions>>().Value));
        services.TryAddSingleton<ArticleMetadataCompleter>();
        services.TryAddSingleton<ArticleDeduplicator>();
        services.TryAddSingleton<IArticleAnalyzer>(sp => new ArticleAnalyzer(
            sp.GetRequiredService<SentenceSplitter>(),
            sp.GetRequiredService<PassageBuilder>(),
            sp.GetRequiredService<StatedDateExtractor>(),
            sp.GetRequiredService<IOptions<AnalysisOptions>>().Value));
        return services;
    }
}
