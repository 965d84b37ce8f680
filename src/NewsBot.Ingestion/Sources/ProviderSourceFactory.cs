using NewsBot.Core.Sources;
using NewsBot.Ingestion.Scheduling;

namespace NewsBot.Ingestion.Sources;

/// <summary>
/// Lets the scheduled refresh use the very source instances that <c>reindex</c> uses, so a feed's remembered
/// validators and pages are shared rather than fetched twice.
/// </summary>
public sealed class ProviderSourceFactory(IArticleSourceProvider provider) : IArticleSourceFactory
{
    public IArticleSource Create(SourceOptions source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return provider.GetSources().FirstOrDefault(candidate => string.Equals(candidate.Name, source.Name, StringComparison.OrdinalIgnoreCase))
            ?? provider.Create(source);
    }
}
