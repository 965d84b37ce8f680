using System.Collections.Concurrent;
using NewsBot.Core.Articles;

namespace NewsBot.Maintenance.Tests.Refresh;

/// <summary>The real analyzer, noting for each article whether it was handed a fingerprint or had to work one out.</summary>
internal sealed class FingerprintRecordingAnalyzer(IArticleAnalyzer inner) : IArticleAnalyzer
{
    private readonly ConcurrentDictionary<string, TextFingerprint> _given = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _workedOut = [];

    /// <summary>The fingerprint each article was handed, by article id.</summary>
    public IReadOnlyDictionary<string, TextFingerprint> Given => _given;

    /// <summary>Ids of the articles analysed without a fingerprint, so it was worked out again.</summary>
    public IReadOnlyCollection<string> WorkedOut => _workedOut;

    public AnalyzedArticle Analyze(Article article)
    {
        _workedOut.Add(article.Id);
        return inner.Analyze(article);
    }

    public AnalyzedArticle Analyze(Article article, TextFingerprint fingerprint)
    {
        _given[article.Id] = fingerprint;
        return inner.Analyze(article, fingerprint);
    }
}
