using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Dedup;

/// <summary>
/// Whose copy of a story wins when several sources claim the same url: the copy from the source whose configured host
/// is the story's own (so a feed cannot name another outlet's url and put its own words there); otherwise the first.
/// And whether the copy that lost is credited as a carrier. The one rule for a full rebuild's deduplicator and for an
/// incremental refresh against the index.
/// </summary>
public static class StoryClaims
{
    /// <summary>How a report says that a turned-away copy's outlet was not credited (<see cref="CreditsCarrier"/>).</summary>
    public const string NotCredited = "its outlet is not credited as carrier: its text is not the story of the source whose host is the url's own";

    /// <summary>
    /// Whether a source configured at <paramref name="sourceHost"/> owns a story at <paramref name="storyUrl"/>: the same
    /// host, ignoring case and a leading <c>www.</c>, or one a subdomain of the other (a feed on <c>feeds.outlet.example</c>
    /// owns <c>www.outlet.example</c>'s stories only through their shared <c>outlet.example</c>).
    /// </summary>
    public static bool SourceOwnsUrl(string? sourceHost, string? storyUrl)
    {
        if (string.IsNullOrWhiteSpace(sourceHost) || !Uri.TryCreate(storyUrl, UriKind.Absolute, out var url) || url.IdnHost.Length == 0)
        {
            return false;
        }

        var source = Bare(sourceHost);
        var story = Bare(url.IdnHost);
        return source == story || IsBelow(source, story) || IsBelow(story, source) || SameParent(source, story);
    }

    /// <summary>
    /// Whether <paramref name="claimant"/>'s copy should replace <paramref name="keeper"/>'s, the copy already kept (by
    /// a rebuild's deduplicator) or indexed (for a refresh): only a source owning the url over one that does not.
    /// </summary>
    public static bool Replaces(StoryClaim claimant, StoryClaim keeper)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(keeper);
        return claimant.OwnsUrl && !keeper.OwnsUrl;
    }

    /// <summary>
    /// Whether the outlet of <paramref name="loser"/>, a copy that gave way or was turned away, is credited as carrying
    /// <paramref name="winner"/>'s story: when its text is the same story (the same normalised text, or near-identical
    /// wording); otherwise only when the winner's claim on the url is no better than its own, as the url is then the
    /// only evidence either has. A copy with other words under the url of the source that owns it carried nothing.
    /// </summary>
    public static bool CreditsCarrier(StoryClaim loser, StoryClaim winner)
    {
        ArgumentNullException.ThrowIfNull(loser);
        ArgumentNullException.ThrowIfNull(winner);
        return SameStory(loser.Fingerprint, winner.Fingerprint) || !(winner.OwnsUrl && !loser.OwnsUrl);
    }

    /// <summary>
    /// <paramref name="owner"/>'s copy taking the place of an earlier claim (its outlet <paramref name="claimOutlet"/>,
    /// its carriers <paramref name="claimCarriers"/>): the carriers stay credited, and the claim's outlet too when
    /// <paramref name="creditClaim"/> (see <see cref="CreditsCarrier"/>).
    /// </summary>
    public static Article TakeOver(Article owner, string? claimOutlet, IReadOnlyList<string> claimCarriers, bool creditClaim)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(claimCarriers);
        var credited = claimCarriers.Aggregate(owner, (article, carrier) => article.WithCarrier(carrier));
        return creditClaim ? credited.WithCarrier(claimOutlet) : credited;
    }

    private static bool SameStory(TextFingerprint? a, TextFingerprint? b) =>
        a is not null && b is not null
        && (a.ContentHash == b.ContentHash || (a.Sketch is { } sketch && b.Sketch is { } other && sketch.Resemblance(other) >= NearDuplicateFinder.Threshold));

    private static string Bare(string host)
    {
        var lower = host.Trim().TrimEnd('.').ToLowerInvariant();
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    private static bool IsBelow(string host, string parent) => host.EndsWith("." + parent, StringComparison.Ordinal);

    // feeds.outlet.example and news.outlet.example: siblings under a parent of at least two labels that is not itself a
    // bare public suffix such as co.uk (two labels whose first is two or three letters are treated as one).
    private static bool SameParent(string a, string b)
    {
        var dotA = a.IndexOf('.', StringComparison.Ordinal);
        var dotB = b.IndexOf('.', StringComparison.Ordinal);
        if (dotA < 0 || dotB < 0)
        {
            return false;
        }

        var parent = a[(dotA + 1)..];
        if (parent != b[(dotB + 1)..] || !parent.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        var labels = parent.Split('.');
        return !(labels.Length == 2 && labels[0].Length <= 3 && labels[1].Length == 2);
    }
}
