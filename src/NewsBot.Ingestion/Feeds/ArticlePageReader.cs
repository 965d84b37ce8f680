using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads the article page behind a feed item's link, fetched under the source's <see cref="FetchPolicy"/>, and extracts
/// its readable text the way saved pages get theirs (<see cref="ReadableHtml"/>, within the page bounds).
/// Without text, the reason the page gave none: the caller then keeps the feed's summary and reports it.
/// </summary>
internal sealed class ArticlePageReader(FeedHttpFetcher fetcher, FetchPolicy policy, HtmlLimits limits)
{
    public async Task<(string? Text, string? Failure)> ReadTextAsync(Uri url, CancellationToken cancellationToken)
    {
        HttpFetchResult page;
        try
        {
            page = await fetcher.FetchAsync(url, FeedHttpFetcher.PageAccept, null, policy, trustFirstHop: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            // One item's page is never worth its feed: whatever a hostile server makes the fetch throw stays with that item.
            return (null, $"the page could not be fetched ({exception.Message})");
        }

        if (page.Body is null)
        {
            return (null, page.Failure ?? "the page had no body");
        }

        var (document, refusal) = ReadableHtml.Parse(page.Body, limits);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            var readable = ReadableHtml.Extract(document, (page.FinalUrl ?? url).ToString(), limits);
            // A page in which Readability finds no article (a front page, a cookie wall) is not worth more than the summary.
            return readable.IsArticle ? (readable.Text, null) : (null, readable.Problem ?? "the page holds no readable article text");
        }
    }
}
