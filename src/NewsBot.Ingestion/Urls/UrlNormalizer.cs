namespace NewsBot.Ingestion.Urls;

/// <summary>
/// Normalises article links so the same story reached by different links (tracking parameters, a fragment,
/// a trailing slash, upper-case host) is recognised as one: used for article ids and for dedup.
/// </summary>
public static class UrlNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "mc_cid", "mc_eid", "ref",
    };

    /// <summary>
    /// The normalised form of an absolute http(s) url: lower-case scheme and host, default port, fragment and
    /// tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ref) dropped, no trailing slash.
    /// Anything else (a relative or malformed link) comes back trimmed; blank gives null.
    /// </summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]));
        var query = string.Join('&', kept);
        var path = uri.AbsolutePath.TrimEnd('/');
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uri.Scheme.ToLowerInvariant()}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : string.Empty)}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
