using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Maintenance.Tests.Scheduling;

/// <summary>The configured sources a test names, each a <see cref="FakeArticleSource"/> the test can make fail.</summary>
internal sealed class FakeSourceCatalogue : ISourceCatalogue
{
    private readonly Dictionary<string, FakeArticleSource> _sources = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<SourceOptions> Configured { get; set; } = [];

    /// <summary>Names of sources whose creation throws, as a misconfigured source would.</summary>
    public HashSet<string> Broken { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<IArticleSource> Sources => [.. Configured.Select(options => Find(options.Name)!)];

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

    public IArticleSource? Find(string name) =>
        Broken.Contains(name) ? throw new InvalidOperationException($"No reader for '{name}'.") : FindOptions(name) is null ? null : this[name];

    public SourceOptions? FindOptions(string name) => Configured.FirstOrDefault(options => string.Equals(options.Name, name, StringComparison.OrdinalIgnoreCase));

    public IArticleSource Create(SourceOptions options) => this[options.Name];
}
