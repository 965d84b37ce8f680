using NewsBot.Core.Sources;

namespace NewsBot.Ingestion.Sources;

/// <summary>The configured sources as readable <see cref="IArticleSource"/>s, in configuration order.</summary>
public interface IArticleSourceProvider
{
    /// <summary>Every configured source; the sample folder when configuration names none.</summary>
    IReadOnlyList<IArticleSource> GetSources();

    /// <summary>Creates a source for settings that are not in configuration (for example <c>reindex --from PATH</c>).</summary>
    IArticleSource Create(SourceOptions options);
}
