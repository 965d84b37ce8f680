using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Dedup;

/// <summary>
/// What <see cref="StoryClaims"/> judges a copy of a story by: the configured host of the source that read it, its url
/// and its text's fingerprint. Made from an article just read, or from what the index stores of an indexed one.
/// </summary>
/// <param name="SourceHost">The configured host of the copy's source (<see cref="Article.SourceHost"/>), when it has one.</param>
/// <param name="Url">The copy's url, when it has one.</param>
/// <param name="Fingerprint">The copy's text fingerprint; null when it is not known (then it is never the same story).</param>
public sealed record StoryClaim(string? SourceHost, string? Url, TextFingerprint? Fingerprint)
{
    /// <summary>Whether the copy's source owns its url (<see cref="StoryClaims.SourceOwnsUrl"/>).</summary>
    public bool OwnsUrl => StoryClaims.SourceOwnsUrl(SourceHost, Url);

    /// <summary>The claim of an article read from a source, with its fingerprint.</summary>
    public static StoryClaim Of(Article article, TextFingerprint fingerprint)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new StoryClaim(article.SourceHost, article.Url, fingerprint);
    }
}
