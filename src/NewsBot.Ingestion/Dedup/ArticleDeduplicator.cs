using NewsBot.Core.Articles;
using NewsBot.Core.Concurrency;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Dedup;

/// <summary>
/// Keeps one article per story across all sources: articles sharing a normalised url, or whose text is the
/// same after normalisation (case, quotes, dashes, white space), are one story; so are articles whose wording is
/// near-identical (four in five five-word shingles shared, as when outlets run the same wire copy with small edits),
/// and articles with the same id, which the index could hold only once anyway. The first one read is kept, except that
/// when copies claim the same url or id, the copy from the source whose host is the story's wins
/// (<see cref="StoryClaims.Replaces"/>); the outlets of the others are credited in <see cref="Article.AlsoCarriedBy"/>,
/// unless <see cref="StoryClaims.CreditsCarrier"/> finds a copy's other text under the owner's url (its outlet did not
/// carry the story the index keeps).
/// </summary>
public sealed class ArticleDeduplicator
{
    /// <summary>
    /// The estimated resemblance of two texts' sketches at or above which they count as the same wire copy (four in five
    /// five-word shingles shared); a refresh uses it too, against stories already indexed.
    /// </summary>
    public const double NearIdenticalThreshold = NearDuplicateFinder.Threshold;

    /// <summary>Deduplicates <paramref name="articles"/>, given in source order.</summary>
    public DeduplicationResult Deduplicate(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var kept = new List<Article>();
        var byUrl = new Dictionary<string, int>(StringComparer.Ordinal);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWording = new NearDuplicateFinder();
        var keptFingerprints = new List<TextFingerprint>();
        var duplicates = new List<SkippedItem>();
        foreach (var (article, url, fingerprint) in Fingerprint(articles))
        {
            var (hash, sketch) = (fingerprint.ContentHash, fingerprint.Sketch);
            int keeper;
            string reason;
            if (url is not null && byUrl.TryGetValue(url, out keeper))
            {
                reason = "same url";
            }
            else if (byText.TryGetValue(hash, out keeper))
            {
                reason = "same text";
            }
            else if (byId.TryGetValue(article.Id, out keeper))
            {
                reason = "same id";
            }
            // The same boilerplate under headlines naming different people is two stories (see HeadlineNames).
            else if (byWording.FindOwner(sketch) is { } owner && HeadlineNames.CanBeOneStory(article.Title, kept[owner].Title))
            {
                keeper = owner;
                reason = "near-identical text";
            }
            else
            {
                keeper = kept.Count;
                kept.Add(article);
                keptFingerprints.Add(fingerprint);
                reason = string.Empty;
            }

            // A dropped copy's own url and text also lead to its keeper, so a third copy matching only the second is caught.
            if (url is not null)
            {
                byUrl.TryAdd(url, keeper);
            }

            byText.TryAdd(hash, keeper);
            byId.TryAdd(article.Id, keeper);
            byWording.Register(sketch, keeper);
            if (reason.Length == 0)
            {
                continue;
            }

            var claim = kept[keeper];
            if (reason is "same url" or "same id")
            {
                var claimant = StoryClaim.Of(article, fingerprint);
                var earlier = StoryClaim.Of(claim, keptFingerprints[keeper]);
                if (StoryClaims.Replaces(claimant, earlier))
                {
                    kept[keeper] = StoryClaims.TakeOver(article, claim.Outlet, claim.AlsoCarriedBy, StoryClaims.CreditsCarrier(earlier, claimant));
                    keptFingerprints[keeper] = fingerprint;
                    duplicates.Add(new SkippedItem(claim.Location, null,
                        $"the copy from source '{claim.SourceName}' gave way to {article.SourceName}'s, whose host is the story's own ({reason})"));
                    continue;
                }

                if (!StoryClaims.CreditsCarrier(claimant, earlier))
                {
                    duplicates.Add(new SkippedItem(article.Location, null,
                        $"{DuplicateOf(claim)} ({reason}); {StoryClaims.NotCredited}"));
                    continue;
                }
            }

            kept[keeper] = claim.WithCarrier(article.Outlet);
            duplicates.Add(new SkippedItem(article.Location, null, $"{DuplicateOf(claim)} ({reason})"));
        }

        return new DeduplicationResult(kept, duplicates) { KeptFingerprints = keptFingerprints };
    }

    // The kept article by its title as well as its place, so a person reading the skip line sees which story stood in
    // for the dropped one (a line number alone says nothing about what was kept).
    private static string DuplicateOf(Article kept) => $"duplicate of '{kept.Title}' at {kept.Location}";

    // What the comparison needs of each article, worked out on every core (normalising and hashing the text is
    // the costly part); the comparison itself runs in source order, so the first copy read is always the keeper.
    private static (Article Article, string? Url, TextFingerprint Fingerprint)[] Fingerprint(IEnumerable<Article> articles)
    {
        var list = articles as IReadOnlyList<Article> ?? [.. articles];
        var fingerprints = new (Article, string?, TextFingerprint)[list.Count];
        ParallelWork.For(list.Count, i =>
        {
            var article = list[i];
            fingerprints[i] = (article, UrlNormalizer.Normalize(article.Url), TextFingerprints.Of(article.Text));
        }, CancellationToken.None);
        return fingerprints;
    }
}
