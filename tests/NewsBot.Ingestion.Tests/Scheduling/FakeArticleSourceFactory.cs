using NewsBot.Core.Sources;
using NewsBot.Ingestion.Scheduling;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Tests.Scheduling;

/// <summary>Hands out one <see cref="FakeArticleSource"/> per configured source, so a test can make it fail.</summary>
internal sealed class FakeArticleSourceFactory : IArticleSourceFactory
{
    private readonly Dictionary<string, FakeArticleSource> _sources = new(StringComparer.Ordinal);

    /// <summary>Names of sources whose creation throws, as a misconfigured source would.</summary>
    public HashSet<string> Broken { get; } = new(StringComparer.Ordinal);

    public FakeArticleSource this[string name]
    {
        get
        {
            lock (_sources)
            {
                if (!_sources.TryGetValue(name, out var source))
                {
                    source = new FakeArticleSource(name);
                    _sources[name] = source;
                }

                return source;
            }
        }
    }

    public IArticleSource Create(SourceOptions source) =>
        Broken.Contains(source.Name) ? throw new InvalidOperationException($"No reader for '{source.Name}'.") : this[source.Name];
}
