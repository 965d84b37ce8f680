using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;
using NewsBot.Search.Vectors;
using NewsBot.Testing;

namespace NewsBot.Search.Tests;

/// <summary>A real on-disk index in a temporary folder, with a fake clock, and the answerer and recent list over it.</summary>
internal sealed class SearchHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 11, 22, 12, 0, 0, TimeSpan.Zero);

    // The folder this harness made (and deletes); a reopened harness shares its first one's.
    private readonly TemporaryDirectory? _directory;

    public SearchHarness(string? root = null, SearchOptions? options = null, ISentenceEmbedder? embedder = null)
        : this(root, options, embedder, openDirectory: null)
    {
    }

    private SearchHarness(string? root, SearchOptions? options, ISentenceEmbedder? embedder, Func<string, Lucene.Net.Store.Directory>? openDirectory)
    {
        _directory = root is null ? new TemporaryDirectory() : null;
        Root = root ?? _directory!.Path;
        options ??= new SearchOptions();
        options.Path = Root;
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Generations = new IndexGenerations(Options, Time, new FakeLogger<IndexGenerations>(Logs), openDirectory);
        Writer = new LuceneIndexWriter(Generations.Store, Generations.Gate, new FakeLogger<LuceneIndexWriter>(Logs));
        Stories = new LuceneStoryLookup(Generations.Leases, Generations.Gate, new FakeLogger<LuceneStoryLookup>(Logs));
        Statistics = new LuceneIndexStatistics(Generations.Leases);
        Embedder = embedder;
        Answerer = new QuestionAnswerer(Generations.Leases, Options, Time, embedder);
        Vectors = embedder is null ? null : new SentenceVectorIndexer(Generations.Gate, Generations.Changes, Time, embedder, Options, new FakeLogger<SentenceVectorIndexer>(Logs));
        Recent = new LuceneRecentNews(Generations.Leases, Time);
    }

    /// <summary>
    /// A harness whose generations' Lucene files are kept in memory, for tests of what is read, not of the disk; the
    /// pointer, markers and vectors are still files in its folder.
    /// </summary>
    public static SearchHarness InMemory(SearchOptions? options = null, ISentenceEmbedder? embedder = null) =>
        new(null, options, embedder, new InMemoryGenerations().Open);

    public string Root { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Every line the index logged, from all its parts.</summary>
    public FakeLogCollector Logs { get; } = new();

    public IOptions<SearchOptions> Options { get; }

    public IndexGenerations Generations { get; }

    public LuceneIndexWriter Writer { get; }

    public LuceneStoryLookup Stories { get; }

    public LuceneIndexStatistics Statistics { get; }

    public QuestionAnswerer Answerer { get; }

    /// <summary>The embedder given, if any, and the vector indexer over it.</summary>
    public ISentenceEmbedder? Embedder { get; }

    public SentenceVectorIndexer? Vectors { get; }

    public LuceneRecentNews Recent { get; }

    /// <summary>A second harness on the same folder, as a restarted process would see it.</summary>
    public SearchHarness Reopen() => new(Root);

    public Task<Answer> AskAsync(string question, string? outlet = null, int? days = null) =>
        Answerer.AskAsync(new AskRequest(question, outlet, days), CancellationToken.None);

    public Answer Ask(string question) => AskAsync(question).GetAwaiter().GetResult();

    public Task ReplaceAllAsync(params AnalyzedArticle[] articles) => Writer.ReplaceAllAsync(articles, null, CancellationToken.None);

    /// <summary>The generation folders on disk.</summary>
    public IReadOnlyList<string> GenerationFolders() =>
        Directory.Exists(Root) ? Directory.GetDirectories(Root, "gen-*").Select(folder => Path.GetFileName(folder)).ToList() : [];

    /// <summary>The live generation named by the pointer file.</summary>
    public string LiveGenerationPath() => Path.Combine(Root, File.ReadAllText(Path.Combine(Root, "CURRENT")).Trim());

    public void Dispose()
    {
        Vectors?.Dispose();
        Generations.Dispose();
        _directory?.Dispose();
    }
}
