using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Answering;
using NewsBot.Search.Indexing;
using NewsBot.Search.Recent;

namespace NewsBot.Search.Tests;

/// <summary>A real on-disk index in a temporary folder, with a fake clock, and the answerer and recent list over it.</summary>
internal sealed class SearchHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public SearchHarness(string? root = null)
    {
        Root = root ?? Path.Combine(Path.GetTempPath(), "newsbot-search-" + Guid.NewGuid().ToString("N"));
        OwnsRoot = root is null;
        Options = Microsoft.Extensions.Options.Options.Create(new SearchOptions { Path = Root });
        Index = new LuceneNewsIndex(Options, Time, Logger);
        Answerer = new QuestionAnswerer(Index, Options, Time);
        Recent = new LuceneRecentNews(Index, Time);
    }

    public string Root { get; }

    private bool OwnsRoot { get; }

    public FakeTimeProvider Time { get; } = new(Now);

    public CollectingLogger<LuceneNewsIndex> Logger { get; } = new();

    public IOptions<SearchOptions> Options { get; }

    public LuceneNewsIndex Index { get; }

    public QuestionAnswerer Answerer { get; }

    public LuceneRecentNews Recent { get; }

    /// <summary>A second harness on the same folder, as a restarted process would see it.</summary>
    public SearchHarness Reopen() => new(Root);

    public Task<Answer> AskAsync(string question, string? outlet = null, int? days = null) =>
        Answerer.AskAsync(new AskRequest(question, outlet, days), CancellationToken.None);

    public Answer Ask(string question) => AskAsync(question).GetAwaiter().GetResult();

    public Task ReplaceAllAsync(params AnalyzedArticle[] articles) => Index.ReplaceAllAsync(articles, null, CancellationToken.None);

    /// <summary>The generation folders on disk.</summary>
    public IReadOnlyList<string> Generations() =>
        Directory.Exists(Root) ? Directory.GetDirectories(Root, "gen-*").Select(folder => Path.GetFileName(folder)).ToList() : [];

    /// <summary>The live generation named by the pointer file.</summary>
    public string LiveGenerationPath() => Path.Combine(Root, File.ReadAllText(Path.Combine(Root, "CURRENT")).Trim());

    public void Dispose()
    {
        Index.Dispose();
        if (OwnsRoot && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>A logger that keeps what it was told, so tests can check the operator sees one clear line.</summary>
internal sealed class CollectingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception)));
        }
    }
}

/// <summary>Runs a callback synchronously on every report, unlike <see cref="Progress{T}"/>, which posts it.</summary>
internal sealed class CallbackProgress<T>(Action<T> callback) : IProgress<T>
{
    public void Report(T value) => callback(value);
}
