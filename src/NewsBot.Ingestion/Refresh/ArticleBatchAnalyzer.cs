using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Ingestion.Refresh;

/// <summary>Analyzes a batch of articles with progress reports; shared by refresh and rebuild.</summary>
internal static class ArticleBatchAnalyzer
{
    /// <summary>Progress is reported about every this many articles, so a large batch does not flood the bar.</summary>
    private const int ReportEvery = 50;

    public static IReadOnlyList<AnalyzedArticle> Analyze(
        IArticleAnalyzer analyzer,
        IReadOnlyList<Article> articles,
        IProgress<IndexProgress>? progress,
        string stage,
        CancellationToken cancellationToken)
    {
        var analyzed = new List<AnalyzedArticle>(articles.Count);
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            analyzed.Add(analyzer.Analyze(article));
            if (analyzed.Count % ReportEvery == 0)
            {
                progress?.Report(new IndexProgress(stage, analyzed.Count, articles.Count));
            }
        }

        progress?.Report(new IndexProgress(stage, analyzed.Count, articles.Count));
        return analyzed;
    }
}
