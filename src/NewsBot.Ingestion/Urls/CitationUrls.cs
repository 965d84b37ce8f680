namespace NewsBot.Ingestion.Urls;

/// <summary>Which article urls may be kept as the link a citation shows.</summary>
public static class CitationUrls
{
    /// <summary>
    /// Why <paramref name="url"/> must not be kept as a citation, or null when it may be. Only absolute http(s) urls are
    /// kept. A url with a user-info part
    /// (<c>https://trusted.example@evil.example/</c>) reads as one host and leads to another, so it is refused.
    /// </summary>
    public static string? Refusal(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        // Only a web address may be a citation's link, from files as from feeds: "javascript:", "file:" and the like run
        // or open something where a reader expects a page.
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return "The url is not an absolute http(s) address, so the article is kept without it.";
        }

        if (parsed.UserInfo.Length == 0)
        {
            return null;
        }

        return $"The url {SourceLocations.Redact(url.Trim())} names a user before its host ({parsed.IdnHost}), which disguises where the link leads, so the article is kept without it.";
    }
}
