using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Files;
using NewsBot.Ingestion.Text;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Turns a parsed feed's items into <see cref="FeedEntry"/> values: HTML to plain text, relative links resolved against
/// the feed's address, one entry per id (feeds repeat guids and re-publish items), at most <see cref="FeedOptions.MaxItems"/>.
/// Items that cannot become articles are reported with a reason.
/// </summary>
internal static class FeedItemReader
{
    public static (IReadOnlyList<FeedEntry> Entries, IReadOnlyList<SkippedItem> Skipped) Read(
        Feed feed, string sourceName, Uri? baseUrl, string location, FeedOptions options)
    {
        var entries = new List<FeedEntry>();
        var skipped = new List<SkippedItem>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var seenGuids = new HashSet<string>(StringComparer.Ordinal);
        if (feed.Items.Count > options.MaxItems)
        {
            skipped.Add(new SkippedItem(location, null,
                $"The feed has {feed.Items.Count} items; only the first {options.MaxItems} were read (Feeds:MaxItems)."));
        }

        foreach (var item in feed.Items.Take(options.MaxItems))
        {
            var link = ResolveLink(LinkOf(item), baseUrl);
            var guid = string.IsNullOrWhiteSpace(item.Id) ? null : item.Id.Trim();
            if (link is null && guid is not null && Uri.TryCreate(guid, UriKind.Absolute, out var permalink) && IsHttp(permalink))
            {
                link = permalink;
            }

            if (link is not null && CitationUrls.Refusal(link.OriginalString) is { } urlRefusal)
            {
                // Neither fetched nor cited: the item stays, known by its guid.
                skipped.Add(new SkippedItem(location, null, urlRefusal));
                link = null;
            }

            var itemLocation = link?.ToString() ?? location;
            // The same id rule as files: a story with the same link gets the same id from a feed or a folder.
            var id = link is not null
                ? ArticleIds.FromUrl(UrlNormalizer.Normalize(link.ToString())!)
                : guid is null ? null : ArticleIds.FromLocation(sourceName, "guid", guid);
            if (id is null)
            {
                skipped.Add(new SkippedItem(itemLocation, null, "The item has neither a link nor a guid, so it cannot be given a stable id."));
                continue;
            }

            if (!seenIds.Add(id) || (guid is not null && !seenGuids.Add(guid)))
            {
                skipped.Add(new SkippedItem(itemLocation, null, $"Duplicate of an earlier item in the feed (same link or guid {guid ?? id}); the first was kept."));
                continue;
            }

            if (HtmlRefusal(item, options) is { } refusal)
            {
                skipped.Add(new SkippedItem(itemLocation, null, refusal));
                continue;
            }

            var entry = ToEntry(item, id, link, options);
            if (entry is null)
            {
                skipped.Add(new SkippedItem(itemLocation, null, "The item has no title, no text and no link to read."));
                continue;
            }

            entries.Add(entry);
        }

        return (entries, skipped);
    }

    private static FeedEntry? ToEntry(FeedItem item, string id, Uri? link, FeedOptions options)
    {
        // RSS 1.0 items carry no separate content: the library repeats the description there, which is still a summary.
        var contentHtml = string.IsNullOrWhiteSpace(item.Content) || item.Content == item.Description ? null : item.Content;
        var content = HtmlText.ToPlainText(contentHtml);
        var summary = HtmlText.ToPlainText(item.Description);
        var text = content.Length > 0 ? content : summary;
        var isSummaryOnly = content.Length == 0 && summary.Length < options.SummaryMaxChars;
        // An item without a title gets one from its text by the one lede rule, once its page (if any) is read.
        var title = OneLine(HtmlText.ToPlainText(item.Title));
        if (title.Length == 0 && text.Length == 0 && link is null)
        {
            return null;
        }

        var published = item.PublishingDate is { } date ? ToOffset(date) : (DateTimeOffset?)null;
        return new FeedEntry(id, title, text, isSummaryOnly, link, AuthorOf(item), published);
    }

    /// <summary>Why the item's own HTML (content, description, title) is too large or deep to read, or null.</summary>
    private static string? HtmlRefusal(FeedItem item, FeedOptions options)
    {
        var limits = options.HtmlLimits;
        return limits.Check(item.Content) ?? limits.Check(item.Description) ?? limits.Check(item.Title);
    }

    private static string? LinkOf(FeedItem item)
    {
        if (item.SpecificItem is AtomFeedItem atom && atom.Links is { Count: > 0 } links)
        {
            // Atom entries list several links (enclosures, replies); the article is the alternate one.
            return links.FirstOrDefault(l => string.IsNullOrEmpty(l.Relation) || l.Relation == "alternate")?.Href ?? item.Link;
        }

        return item.Link;
    }

    private static Uri? ResolveLink(string? link, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        // On Unix "/politics/a.html" parses as an absolute file: URI, so only http(s) counts as absolute here.
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && IsHttp(absolute))
        {
            return absolute;
        }

        return baseUrl is not null && IsHttp(baseUrl) && Uri.TryCreate(baseUrl, link, out var resolved) && IsHttp(resolved) ? resolved : null;
    }

    private static string? AuthorOf(FeedItem item)
    {
        var author = item.SpecificItem switch
        {
            Rss20FeedItem rss20 => rss20.DC?.Creator ?? NameFromRssAuthor(rss20.Author),
            Rss10FeedItem rss10 => rss10.DC?.Creator,
            AtomFeedItem atom => atom.Author?.Name,
            _ => null,
        } ?? item.Author;
        author = OneLine(HtmlText.ToPlainText(author));
        return author.Length > 0 ? author : null;
    }

    /// <summary>RSS 2.0's author is "email (Name)"; the name is the byline.</summary>
    private static string? NameFromRssAuthor(string? author)
    {
        if (string.IsNullOrWhiteSpace(author))
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        return open >= 0 && close > open + 1 ? author[(open + 1)..close].Trim() : author.Trim();
    }

    private static DateTimeOffset ToOffset(DateTime date) => date.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(date.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc), TimeSpan.Zero),
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;
}
