namespace NewsBot.Core.Articles;

/// <summary>Splits an article into sentences and passages and finds the dates its text states.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Analyzes one article. Never fails on odd text: at worst the whole text is one sentence.</summary>
    AnalyzedArticle Analyze(Article article);

    /// <summary>Analyzes one article whose <paramref name="fingerprint"/> is known already (from deduplication), without working it out again.</summary>
    AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint) => Analyze(article);
}
