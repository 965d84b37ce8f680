using NewsBot.Core.Articles;

namespace NewsBot.Maintenance.Tests.Refresh;

/// <summary>
/// The real analyzer, except that an article whose text holds <see cref="Marker"/> never finishes on its own: it waits
/// until its analysis is cancelled (as a text that took for ever would), or fails the test after a minute.
/// </summary>
internal sealed class StallingAnalyzer(IArticleAnalyzer inner, TimeSpan bound) : IArticleAnalyzer
{
    public const string Marker = "STALL";

    public TimeSpan? TimeBound => bound;

    public AnalyzedArticle Analyze(Article article) => Analyze(article, null, CancellationToken.None);

    public AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint) => Analyze(article, fingerprint, CancellationToken.None);

    public AnalyzedArticle Analyze(Article article, TextFingerprint? fingerprint, CancellationToken cancellationToken)
    {
        if (article.Text.Contains(Marker, StringComparison.Ordinal))
        {
            if (!cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1)))
            {
                throw new TimeoutException("The stalled analysis was never cancelled.");
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return inner.Analyze(article, fingerprint, cancellationToken);
    }
}
