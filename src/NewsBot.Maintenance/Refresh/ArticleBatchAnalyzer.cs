using NewsBot.Core.Concurrency;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// Analyzes a batch of articles on every core with progress reports; shared by refresh and rebuild. The analyzer
/// keeps no state between articles, and the result keeps the batch's order, so the index built from it does not
/// depend on which thread finished first.
/// </summary>
internal static class ArticleBatchAnalyzer
{
    /// <summary>Progress is reported about every this many articles, so a large batch does not flood the bar.</summary>
    private const int ReportEvery = 50;

    public static IReadOnlyList<AnalyzedArticle> Analyze(
        IArticleAnalyzer analyzer,
        IReadOnlyList<Article> articles,
        IProgress<IndexProgress>? progress,
        string stage,
        CancellationToken cancellationToken,
        IReadOnlyList<TextFingerprint>? fingerprints = null)
    {
        var analyzed = new AnalyzedArticle[articles.Count];
        var done = 0;
        ParallelWork.For(articles.Count, i =>
        {
            analyzed[i] = fingerprints is { } known && known.Count == articles.Count ? analyzer.Analyze(articles[i], known[i]) : analyzer.Analyze(articles[i]);
            var count = Interlocked.Increment(ref done);
            if (count % ReportEvery == 0)
            {
                progress?.Report(new IndexProgress(stage, count, articles.Count));
            }
        }, cancellationToken);

        progress?.Report(new IndexProgress(stage, articles.Count, articles.Count));
        return analyzed;
    }
}
