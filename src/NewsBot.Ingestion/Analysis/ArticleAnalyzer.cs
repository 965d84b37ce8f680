using NewsBot.Core.Articles;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Dedup;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Analysis;

/// <summary>Splits an article into sentences and passages, finds the dates it states, hashes and sketches its normalised text.</summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    private readonly SentenceSplitter _splitter;
    private readonly PassageBuilder _passages;
    private readonly StatedDateExtractor _dates;

    /// <summary>Creates an analyzer from its parts, with the default <see cref="AnalysisOptions"/>.</summary>
    public ArticleAnalyzer(SentenceSplitter splitter, PassageBuilder passages, StatedDateExtractor dates)
        : this(splitter, passages, dates, new AnalysisOptions())
    {
    }

    /// <summary>Creates an analyzer from its parts, held to <paramref name="options"/>' time bound.</summary>
    public ArticleAnalyzer(SentenceSplitter splitter, PassageBuilder passages, StatedDateExtractor dates, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(options);
        _splitter = splitter;
        _passages = passages;
        _dates = dates;
        TimeBound = options.Timeout;
    }

    /// <inheritdoc />
    public TimeSpan? TimeBound { get; }

    /// <inheritdoc />
    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article, TextFingerprints.Of(article.Text));
    }

    /// <inheritdoc />
    public AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint) => Analyze(article, fingerprint, CancellationToken.None);

    /// <inheritdoc />
    public AnalyzedArticle Analyze(Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        fingerprint ??= TextFingerprints.Of(article.Text);
        var sentences = _splitter.Split(article.Text, cancellationToken);
        var passages = _passages.Build(article.Id, article.Text, sentences, cancellationToken);
        // Relative forms ("on Tuesday") are read against the day the article was published, in its own offset.
        DateOnly? reference = article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
        var stated = _dates.Extract(article.Text, sentences, reference, cancellationToken);
        return new AnalyzedArticle(article, sentences, passages, stated, fingerprint.ContentHash) { Sketch = fingerprint.Sketch };
    }
}
