using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Dedup;

namespace NewsBot.Maintenance.Refresh;

/// <summary>
/// Brings one source's articles into the index: read, drop duplicates, analyze, upsert by id, and in
/// <see cref="RefreshMode.Full"/> remove what the source no longer offers (a feed's only in <see cref="RefreshMode.Prune"/>). A source that cannot be read
/// changes nothing.
/// </summary>
public sealed class SourceRefresher(
    IArticleAnalyzer analyzer,
    ArticleDeduplicator deduplicator,
    INewsIndexWriter index,
    IStoryLookup stories,
    TimeProvider timeProvider) : ISourceRefresher
{
    public async Task<SourceReport> RefreshAsync(
        IArticleSource source,
        RefreshMode mode,
        bool allowShrink,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var started = timeProvider.GetTimestamp();
        progress?.Report(new IndexProgress($"reading {source.Name}", 0, null));
        var batch = await source.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (batch.Succeeded)
        {
            progress?.Report(new IndexProgress($"reading {source.Name}", batch.Articles.Count, batch.Articles.Count));
        }

        return await ApplyAsync(batch, mode, allowShrink, progress, started, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies an already read batch; used by <see cref="IndexRebuilder"/> when it falls back to per-source updates.</summary>
    public async Task<SourceReport> ApplyAsync(
        SourceBatch batch,
        RefreshMode mode,
        bool allowShrink,
        IProgress<IndexProgress>? progress,
        long startedTimestamp,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!batch.Succeeded)
        {
            return new SourceReport(batch.SourceName, batch.Failure, 0, IndexUpdate.None, batch.Skipped, timeProvider.GetElapsedTime(startedTimestamp))
            {
                RetryAfter = batch.RetryAfter,
            };
        }

        if (batch.NotModified && mode == RefreshMode.Incremental)
        {
            // The feed answered 304: nothing to re-analyze, and the index already holds these articles.
            return new SourceReport(batch.SourceName, null, 0, IndexUpdate.None, batch.Skipped, timeProvider.GetElapsedTime(startedTimestamp));
        }

        var unique = deduplicator.Deduplicate(batch.Articles);
        var credits = await stories.GetCreditsAsync([.. unique.Kept.Select(article => article.Id)], cancellationToken).ConfigureAwait(false);
        var (own, fingerprints, sameUrl, creditedSameUrl) = await SettleSameUrlClaimsAsync(batch.SourceName, unique, credits, cancellationToken).ConfigureAwait(false);
        var read = ArticleBatchAnalyzer.Analyze(analyzer, own, progress, $"analyzing {batch.SourceName}", timeProvider, cancellationToken, fingerprints);
        var (analyzed, nearIdentical, creditedNearIdentical) = await CreditNearIdenticalStoriesAsync(batch.SourceName, read.Analyzed, credits, cancellationToken).ConfigureAwait(false);
        progress?.Report(new IndexProgress($"indexing {batch.SourceName}", 0, analyzed.Count));
        var update = creditedSameUrl.Plus(creditedNearIdentical).Plus(await index.UpsertAsync(analyzed, cancellationToken).ConfigureAwait(false));
        string? refusal = null;
        if (batch.IsArchive && mode != RefreshMode.Prune)
        {
            // A feed is an archive: what left it stays, in every mode but an explicit prune, until its retention (KeepDays) has passed.
            var expired = await ExpiredAsync(batch, offered: [.. batch.Articles.Select(article => article.Id)], cancellationToken).ConfigureAwait(false);
            if (expired.Count > 0)
            {
                update = update.Plus(await index.RemoveAsync(expired, cancellationToken).ConfigureAwait(false));
            }
        }
        else if (mode is RefreshMode.Full or RefreshMode.Prune)
        {
            // An article skipped because its analysis took too long is still offered: its indexed copy stays.
            var offered = analyzed.Select(article => article.Article.Id)
                .Concat(own.Where(article => read.Skipped.Any(skip => skip.Location == article.Location)).Select(article => article.Id))
                .ToHashSet(StringComparer.Ordinal);
            var indexed = await stories.GetArticleIdsAsync(batch.SourceName, cancellationToken).ConfigureAwait(false);
            var gone = indexed.Where(id => !offered.Contains(id)).ToList();
            refusal = allowShrink ? null : ShrinkGuard.SourceRefusal(indexed.Count, gone.Count);
            if (gone.Count > 0 && refusal is null)
            {
                update = update.Plus(await index.RemoveAsync(gone, cancellationToken).ConfigureAwait(false));
            }
        }

        progress?.Report(new IndexProgress($"indexed {batch.SourceName}", analyzed.Count, analyzed.Count));
        var report = new SourceReport(
            batch.SourceName,
            null,
            batch.Articles.Count,
            update,
            [.. batch.Skipped, .. unique.Duplicates, .. sameUrl, .. read.Skipped, .. nearIdentical],
            timeProvider.GetElapsedTime(startedTimestamp))
        {
            NewestPublished = batch.Articles.Max(article => article.Published),
            Refusal = refusal,
        };
        return report;
    }

    /// <summary>
    /// A story this source shares (same url, so same id) with an article another source already indexed is settled by
    /// <see cref="StoryClaims"/>, as a full rebuild settles it: this source's copy replaces the indexed one only when its
    /// host is the story's own and the indexed copy's is not (the indexed outlet then stays a carrier only if its text was
    /// the same story). Otherwise the indexed copy stays, overwriting it would move its credit and its text, and this
    /// source's outlet is credited as another carrier unless its text is another story under the owner's url. Returns the
    /// copies to index with their fingerprints, computed once by the deduplicator.
    /// </summary>
    private async Task<(IReadOnlyList<Article> Own, IReadOnlyList<TextFingerprint> Fingerprints, IReadOnlyList<SkippedItem> Skipped, IndexUpdate Credited)> SettleSameUrlClaimsAsync(
        string sourceName,
        DeduplicationResult unique,
        IReadOnlyDictionary<string, StoryCredit> credits,
        CancellationToken cancellationToken)
    {
        var own = new List<Article>(unique.Kept.Count);
        var fingerprints = new List<TextFingerprint>(unique.Kept.Count);
        var skipped = new List<SkippedItem>();
        var carriers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < unique.Kept.Count; i++)
        {
            var (article, fingerprint) = (unique.Kept[i], unique.KeptFingerprints[i]);
            if (!credits.TryGetValue(article.Id, out var credit) || IsSource(credit, sourceName))
            {
                own.Add(article);
                fingerprints.Add(fingerprint);
                continue;
            }

            var claimant = StoryClaim.Of(article, fingerprint);
            var indexed = new StoryClaim(credit.SourceHost, credit.Url, credit.Fingerprint);
            if (StoryClaims.Replaces(claimant, indexed))
            {
                var creditIndexed = StoryClaims.CreditsCarrier(indexed, claimant);
                own.Add(StoryClaims.TakeOver(article, credit.Outlet, credit.AlsoCarriedBy, creditIndexed));
                fingerprints.Add(fingerprint);
                skipped.Add(new SkippedItem(credit.Url ?? article.Location, null,
                    $"the copy indexed from source '{credit.SourceName}' gave way to this one, whose host is the story's own (same url); " +
                    (creditIndexed ? $"{credit.Outlet ?? "its outlet"} stays credited as carrier" : "its outlet is not credited as carrier: its text was another story")));
                continue;
            }

            var outcome = StoryClaims.CreditsCarrier(claimant, indexed) ? Credit(article, article.Id, credit, carriers) : StoryClaims.NotCredited;
            skipped.Add(new SkippedItem(article.Location, null, $"already indexed from source '{credit.SourceName}' (same url); {outcome}"));
        }

        var update = carriers.Count > 0 ? await stories.AddCarriersAsync(carriers, cancellationToken).ConfigureAwait(false) : IndexUpdate.None;
        return (own, fingerprints, skipped, update);
    }

    /// <summary>
    /// A new story whose wording is near-identical to one another source already indexed under its own url (the same wire
    /// copy run by two outlets) is not indexed twice: this source's outlet is credited on the indexed story instead. A
    /// match from this same source is indexed as usual (its own new url for a story it still offers is its business).
    /// </summary>
    private async Task<(IReadOnlyList<AnalyzedArticle> Own, IReadOnlyList<SkippedItem> Skipped, IndexUpdate Credited)> CreditNearIdenticalStoriesAsync(
        string sourceName,
        IReadOnlyList<AnalyzedArticle> analyzed,
        IReadOnlyDictionary<string, StoryCredit> credits,
        CancellationToken cancellationToken)
    {
        var fresh = analyzed.Where(article => !credits.ContainsKey(article.Article.Id)).ToList();
        var matches = fresh.Count > 0
            ? await stories.FindNearIdenticalAsync(fresh, ArticleDeduplicator.NearIdenticalThreshold, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, IndexedStory>();
        var own = new List<AnalyzedArticle>(analyzed.Count);
        var skipped = new List<SkippedItem>();
        var carriers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var article in analyzed)
        {
            if (!matches.TryGetValue(article.Article.Id, out var story) || IsSource(story.Credit, sourceName))
            {
                own.Add(article);
                continue;
            }

            skipped.Add(new SkippedItem(
                article.Article.Location,
                null,
                $"near-identical text to '{story.Title}', already indexed from source '{story.Credit.SourceName}'; {Credit(article.Article, story.ArticleId, story.Credit, carriers)}"));
        }

        var update = carriers.Count > 0 ? await stories.AddCarriersAsync(carriers, cancellationToken).ConfigureAwait(false) : IndexUpdate.None;
        return (own, skipped, update);
    }

    /// <summary>
    /// The indexed articles of an archive source that it no longer offers and whose published date is more than its
    /// <see cref="SourceBatch.KeepDays"/> ago; none when it keeps them for ever, nor any without a date.
    /// </summary>
    private async Task<IReadOnlyList<string>> ExpiredAsync(SourceBatch batch, HashSet<string> offered, CancellationToken cancellationToken)
    {
        if (batch.KeepDays is not { } days)
        {
            return [];
        }

        var cutOff = timeProvider.GetUtcNow().AddDays(-days);
        var stored = await stories.GetStoredArticlesAsync(batch.SourceName, cancellationToken).ConfigureAwait(false);
        return [.. stored.Where(article => !offered.Contains(article.Id) && article.Published < cutOff).Select(article => article.Id)];
    }

    private static bool IsSource(StoryCredit credit, string sourceName) => string.Equals(credit.SourceName, sourceName, StringComparison.OrdinalIgnoreCase);

    // Adds the copy's outlets that the indexed story does not credit yet to carriers[storyId]; says what it did.
    private static string Credit(Article copy, string storyId, StoryCredit credit, Dictionary<string, IReadOnlyList<string>> carriers)
    {
        var outlets = new[] { copy.Outlet }.Concat(copy.AlsoCarriedBy)
            .Where(outlet => !credit.Credits(outlet))
            .Select(outlet => outlet!)
            .ToList();
        if (outlets.Count == 0)
        {
            return "its outlet is credited already";
        }

        carriers[storyId] = carriers.TryGetValue(storyId, out var earlier) ? [.. earlier, .. outlets] : outlets;
        return $"{string.Join(", ", outlets)} credited as carrier";
    }
}
