using AngleSharp.Html.Parser;
using Microsoft.Extensions.Logging;
using SmartReader;

namespace NewsBot.Ingestion.Feeds;

/// <summary>
/// Reads the article page behind a feed item's link and extracts its readable text (SmartReader's Readability port on an
/// AngleSharp document, which also finds the page's encoding). Null when the page cannot be fetched or holds no
/// readable article: the caller then keeps the feed's summary.
/// </summary>
internal sealed class ArticlePageReader(FeedHttpFetcher fetcher, string sourceName, ILogger logger)
{
    public async Task<string?> ReadTextAsync(Uri url, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, FeedHttpFetcher.PageAccept, null, cancellationToken).ConfigureAwait(false);
        if (page.Body is null)
        {
            Log.PageNotRead(logger, sourceName, url, page.Failure ?? "no body");
            return null;
        }

        try
        {
            using var document = new HtmlParser().ParseDocument(new MemoryStream(page.Body));
            var article = new Reader((page.FinalUrl ?? url).ToString(), document).GetArticle();
            if (!article.IsReadable)
            {
                Log.PageNotRead(logger, sourceName, url, "the page holds no readable article text");
                return null;
            }

            var text = HtmlText.ToPlainText(article.Content);
            return text.Length > 0 ? text : null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A page the extractor chokes on is one page lost, never the feed: the item keeps its summary.
            Log.PageExtractionFailed(logger, sourceName, url, exception);
            return null;
        }
    }
}
