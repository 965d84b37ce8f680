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

    /// <summary>Creates an analyzer from its parts.</summary>
    public ArticleAnalyzer(SentenceSplitter splitter, PassageBuilder passages, StatedDateExtractor dates)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(dates);
        _splitter = splitter;
        _passages = passages;
        _dates = dates;
    }

    /// <inheritdoc />
    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Analyze(article, TextFingerprints.Of(article.Text));
    }

    /// <inheritdoc />
    public AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(fingerprint);
        var sentences = _splitter.Split(article.Text);
        var passages = _passages.Build(article.Id, article.Text, sentences);
        // Relative forms ("on Tuesday") are read against the day the article was published, in its own offset.
        DateOnly? reference = article.Published is { } published ? DateOnly.FromDateTime(published.DateTime) : null;
        var stated = _dates.Extract(article.Text, sentences, reference);
        return new AnalyzedArticle(article, sentences, passages, stated, fingerprint.ContentHash) { Sketch = fingerprint.Sketch };
    }
}
