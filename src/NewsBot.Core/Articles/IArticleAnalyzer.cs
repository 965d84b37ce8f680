namespace NewsBot.Core.Articles;

/// <summary>Splits an article into sentences and passages and finds the dates its text states.</summary>
public interface IArticleAnalyzer
{
    /// <summary>Analyzes one article. Never fails on odd text: at worst the whole text is one sentence.</summary>
    AnalyzedArticle Analyze(Article article);
}
