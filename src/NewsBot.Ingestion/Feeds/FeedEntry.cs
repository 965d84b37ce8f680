namespace NewsBot.Ingestion.Feeds;

/// <summary>One feed item, cleaned: plain text, an absolute link, a stable id. Becomes an article once its page (if needed) is read.</summary>
/// <param name="Id">The article id: the normalised link, else the source name and the guid.</param>
/// <param name="Title">Headline as plain text.</param>
/// <param name="Text">Full content, or the summary when the item has no more.</param>
/// <param name="IsSummaryOnly">True when <paramref name="Text"/> is only a summary, so the page behind the link is worth reading.</param>
/// <param name="Link">The absolute http(s) link, when the item has one.</param>
/// <param name="Author">Byline, when given.</param>
/// <param name="Published">Publication time, when given and readable.</param>
internal sealed record FeedEntry(string Id, string Title, string Text, bool IsSummaryOnly, Uri? Link, string? Author, DateTimeOffset? Published);
