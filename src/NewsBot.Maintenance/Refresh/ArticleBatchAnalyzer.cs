using System.Globalization;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// Analyzes a batch of articles on every core with progress reports; shared by refresh and rebuild. The analyzer
/// keeps no state between articles, and the result keeps the batch's order, so the index built from it does not
/// depend on which thread finished first. An article whose analysis outlasts the analyzer's time bound is skipped with
/// its reason and the batch goes on.
/// </summary>
internal static class ArticleBatchAnalyzer
{
    /// <summary>Progress is reported about every this many articles, so a large batch does not flood the bar.</summary>
    private const int ReportEvery = 50;

    public static BatchAnalysis Analyze(
        IArticleAnalyzer analyzer,
        IReadOnlyList<Article> articles,
        IProgress<IndexProgress>? progress,
        string stage,
        TimeProvider timeProvider,
        CancellationToken cancellationToken,
        IReadOnlyList<TextFingerprint>? fingerprints = null)
    {
        var analyzed = new AnalyzedArticle?[articles.Count];
        var skipped = new SkippedItem?[articles.Count];
        var done = 0;
        ParallelWork.For(articles.Count, i =>
        {
            var fingerprint = fingerprints is { } known && known.Count == articles.Count ? known[i] : null;
            (analyzed[i], skipped[i]) = AnalyzeOne(analyzer, articles[i], fingerprint, timeProvider, cancellationToken);
            var count = Interlocked.Increment(ref done);
            if (count % ReportEvery == 0)
            {
                progress?.Report(new IndexProgress(stage, count, articles.Count));
            }
        }, cancellationToken);

        progress?.Report(new IndexProgress(stage, articles.Count, articles.Count));
        return new BatchAnalysis([.. analyzed.OfType<AnalyzedArticle>()], [.. skipped.OfType<SkippedItem>()]);
    }

    private static (AnalyzedArticle? Analyzed, SkippedItem? Skipped) AnalyzeOne(
        IArticleAnalyzer analyzer,
        Article article,
        TextFingerprint? fingerprint,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        if (analyzer.TimeBound is not { } bound)
        {
            return (analyzer.Analyze(article, fingerprint, cancellationToken), null);
        }

        using var deadline = new CancellationTokenSource(bound, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return (analyzer.Analyze(article, fingerprint, linked.Token), null);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = bound.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return (null, new SkippedItem(article.Location, null, $"analysing its text took longer than {seconds} s (Analysis:Timeout); the article was skipped."));
        }
    }
}
