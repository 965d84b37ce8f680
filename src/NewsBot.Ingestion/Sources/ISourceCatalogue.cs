using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Sources;

/// <summary>
/// The one catalogue of sources: the configured ones (the sample folder when configuration names none), created once
/// and kept so a feed's remembered validators and pages serve every later read, and sources made on demand from
/// settings that are not in configuration (<c>reindex --from PATH</c>, an evaluation corpus).
/// </summary>
public interface ISourceCatalogue
{
    /// <summary>The configured sources' settings, in configuration order.</summary>
    IReadOnlyList<SourceOptions> Configured { get; }

    /// <summary>Every configured source, in configuration order; the same instances on every call.</summary>
    IReadOnlyList<IArticleSource> Sources { get; }

    /// <summary>The configured source named <paramref name="name"/> (case-insensitive), or null.</summary>
    IArticleSource? Find(string name);

    /// <summary>The settings of the configured source named <paramref name="name"/> (case-insensitive), or null.</summary>
    SourceOptions? FindOptions(string name);

    /// <summary>A new source for settings that are not in configuration.</summary>
    IArticleSource Create(SourceOptions options);
}
