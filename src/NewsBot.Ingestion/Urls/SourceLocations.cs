namespace NewsBot.Ingestion.Urls;

/// <summary>How a source's location or a url is shown anywhere outside the configuration: logs, reports, status files, replies.</summary>
public static class SourceLocations
{
    /// <summary>What stands in for a secret.</summary>
    public const string Hidden = "***";

    /// <summary>
    /// <paramref name="location"/> with its user-info part and every query value hidden
    /// (<c>http://user:pass@host/feed?apikey=k</c> becomes <c>http://***@host/feed?apikey=***</c>), so credentials a
    /// source url carries never reach a log line or a reply. Paths and anything that is not an absolute url come back
    /// unchanged.
    /// </summary>
    public static string Redact(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var trimmed = location.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var url) || url.IsFile || (url.UserInfo.Length == 0 && url.Query.Length <= 1))
        {
            return location;
        }

        var authority = url.UserInfo.Length > 0 ? $"{Hidden}@{url.Authority}" : url.Authority;
        var query = url.Query.Length > 1
            ? "?" + string.Join('&', url.Query[1..].Split('&').Select(pair => pair.Split('=', 2) is [var name, _] ? $"{name}={Hidden}" : pair))
            : string.Empty;
        return $"{url.Scheme}://{authority}{url.AbsolutePath}{query}{url.Fragment}";
    }

    /// <summary><see cref="Redact(string)"/> of a url.</summary>
    public static string Redact(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Redact(url.OriginalString);
    }
}
