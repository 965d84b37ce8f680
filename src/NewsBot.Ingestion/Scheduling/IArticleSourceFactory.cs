using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Scheduling;

/// <summary>Creates the <see cref="IArticleSource"/> a configured source describes.</summary>
public interface IArticleSourceFactory
{
    /// <summary>
    /// Creates the source. Keep the instance for later refreshes of the same source: a feed remembers its validators
    /// (conditional requests) and the pages it already read.
    /// </summary>
    IArticleSource Create(SourceOptions source);
}
