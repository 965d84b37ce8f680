using AngleSharp.Dom;

namespace NewsBot.Ingestion.Files;

/// <summary>Article metadata found in an HTML page's head and markup, each field null when the page does not state it.</summary>
/// <param name="Title">og:title, else the title element.</param>
/// <param name="Published">article:published_time, else the first time element's datetime.</param>
/// <param name="Author">The author meta tag.</param>
/// <param name="Outlet">og:site_name.</param>
/// <param name="Url">The canonical link, else og:url; only absolute http(s) links count.</param>
public sealed record HtmlMetadata(string? Title, string? Published, string? Author, string? Outlet, string? Url)
{
    /// <summary>Reads the metadata of <paramref name="document"/>; call before any readability pass alters it.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new HtmlMetadata(
            Title: Meta(document, "og:title") ?? Blank(document.Title),
            Published: Meta(document, "article:published_time") ?? Attribute(document, "time[datetime]", "datetime") ?? Meta(document, "date"),
            Author: Meta(document, "author") ?? Meta(document, "article:author"),
            Outlet: Meta(document, "og:site_name"),
            Url: Absolute(Attribute(document, "link[rel~='canonical']", "href")) ?? Absolute(Meta(document, "og:url")));
    }

    private static string? Meta(IDocument document, string name) =>
        Attribute(document, $"meta[property='{name}'], meta[name='{name}']", "content");

    private static string? Attribute(IDocument document, string selector, string attribute) =>
        Blank(document.QuerySelector(selector)?.GetAttribute(attribute));

    // A relative link cannot identify the article outside the page, so it is not kept as its url.
    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
