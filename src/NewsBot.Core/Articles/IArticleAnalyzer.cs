namespace NewsBot.Core.Articles;

/// <summary>Splits an article into sentences and passages and finds the dates its text states.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Analyzes one article. Never fails on odd text: at worst the whole text is one sentence.</summary>
    AnalyzedArticle Analyze(Article article);

    /// <summary>Analyzes one article whose <paramref name="fingerprint"/> is known already (from deduplication), without working it out again.</summary>
    AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint) => Analyze(article);

    /// <summary>The longest one article's analysis may take before it is given up and the article skipped; null for no bound.</summary>
    TimeSpan? TimeBound => null;

    /// <summary>
    /// As <see cref="Analyze(Article, TextFingerprint)"/> (or without a known fingerprint when it is null), stopping with
    /// an <see cref="OperationCanceledException"/> soon after <paramref name="cancellationToken"/> is cancelled: how
    /// callers hold it to <see cref="TimeBound"/>.
    /// </summary>
    AnalyzedArticle Analyze(Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken) =>
        fingerprint is null ? Analyze(article) : Analyze(article, fingerprint);
}
