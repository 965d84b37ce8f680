using System.Globalization;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Minimal link normalisation for feed article ids (lower-case scheme and host, no default port, fragment,
/// tracking parameters or trailing slash). Kept internal to feeds until the ingestion-wide normaliser is merged,
/// whose rules it mirrors; the two are meant to be unified into one.
/// </summary>
internal static class FeedUrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "mc_cid", "mc_eid", "ref",
    };

    /// <summary>The normalised form of an absolute http(s) link; null for anything else.</summary>
    public static string? Normalize(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var query = string.Join('&', url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0])));
        var port = url.IsDefaultPort ? string.Empty : ":" + url.Port.ToString(CultureInfo.InvariantCulture);
        var path = url.AbsolutePath.TrimEnd('/');
        return $"{url.Scheme.ToLowerInvariant()}://{url.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : string.Empty)}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
