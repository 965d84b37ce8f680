using NewsBot.Core.Articles;

namespace NewsBot.Ingestion.Dedup;

/// <summary>
/// Whose copy of a story wins when several sources claim the same url: the copy from the source whose configured host
/// is the story's own (so a feed cannot name another outlet's url and put its own words there); otherwise the first.
/// The one rule for a full rebuild and for an incremental refresh.
/// </summary>
public static class StoryClaims
{
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

    /// <summary>Whether <paramref name="claimant"/>'s copy should replace <paramref name="keeper"/>'s: only a source owning the url over one that does not.</summary>
    public static bool Replaces(Article claimant, Article keeper)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        ArgumentNullException.ThrowIfNull(keeper);
        return SourceOwnsUrl(claimant.SourceHost, claimant.Url) && !SourceOwnsUrl(keeper.SourceHost, keeper.Url);
    }

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
