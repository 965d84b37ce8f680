using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using SmartReader;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads the article page behind a feed item's link and extracts its readable text (SmartReader's Readability port on an
/// AngleSharp document, which also finds the page's encoding), fetched under the source's <see cref="FetchPolicy"/>.
/// Without text, the reason the page gave none: the caller then keeps the feed's summary and reports it.
/// </summary>
internal sealed class ArticlePageReader(FeedHttpFetcher fetcher, FetchPolicy policy, string sourceName, ILogger logger)
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

        try
        {
            using var document = new HtmlParser().ParseDocument(new MemoryStream(page.Body));
            var article = new Reader((page.FinalUrl ?? url).ToString(), document).GetArticle();
            if (!article.IsReadable)
            {
                return (null, "the page holds no readable article text");
            }

            var text = HtmlText.ToPlainText(article.Content);
            return text.Length > 0 ? (text, null) : (null, "the page holds no readable article text");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A page the extractor chokes on is one page lost, never the feed: the item keeps its summary.
            Log.PageExtractionFailed(logger, sourceName, url, exception);
            return (null, "its text could not be extracted");
        }
    }
}
