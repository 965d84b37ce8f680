using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsBot.Ingestion.Text;

/// <summary>
/// The one way an HTML page (an article page behind a feed link, or a saved <c>.html</c> file) becomes readable text:
/// markup checked against the <see cref="HtmlLimits"/> before parsing, SmartReader's Readability port run within the
/// extraction timeout, and its content turned into paragraphs by <see cref="HtmlText"/>. So one page gives the same
/// text whichever way it was read.
/// </summary>
internal static class ReadableHtml
{
    /// <summary>The parsed page, or null with the bound it crosses.</summary>
    public static (IHtmlDocument? Document, string? Refusal) Parse(string html, HtmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Check(html) is { } refusal)
        {
            return (null, refusal);
        }

        return (new HtmlParser().ParseDocument(html), null);
    }

    /// <summary>
    /// The parsed page from its bytes (the parser finds the encoding from a BOM or a meta charset), or null with the bound
    /// it crosses. The bounds are checked on the bytes read as Latin-1, where every tag keeps its ASCII spelling.
    /// </summary>
    public static (IHtmlDocument? Document, string? Refusal) Parse(byte[] html, HtmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Check(System.Text.Encoding.Latin1.GetString(html)) is { } refusal)
        {
            return (null, refusal);
        }

        return (new HtmlParser().ParseDocument(new MemoryStream(html)), null);
    }

    /// <summary>
    /// The page's readable text. <see cref="ReadableText.IsArticle"/> is false when Readability found no article and
    /// the text is the whole body's, which a caller with better text (a feed's summary) should not prefer.
    /// </summary>
    public static ReadableText Extract(IHtmlDocument document, string url, HtmlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(limits);
        string? content;
        try
        {
            // SmartReader cannot be cancelled; the bounds above keep its work small, and the wait is bounded too.
            var extraction = Task.Run(() => new Reader(url, document).GetArticle());
            if (!extraction.Wait(limits.ExtractionTimeout))
            {
                return new ReadableText(string.Empty, false,
                    $"Readable-text extraction took longer than {limits.ExtractionTimeout.TotalSeconds:0.#} s ({limits.Section}:HtmlExtractionTimeout).");
            }

            var article = extraction.Result;
            content = article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article.Content : null;
        }
        catch (AggregateException)
        {
            // SmartReader is heuristic code run on untrusted pages; when it fails, the page body is the next best text.
            content = null;
        }

        if (content is not null)
        {
            var text = HtmlText.ToPlainText(content);
            if (text.Length > 0)
            {
                return new ReadableText(text, true, null);
            }
        }

        var body = HtmlText.ToPlainText(document.Body);
        return new ReadableText(body, false, body.Length == 0 ? "The page has no readable article text." : null);
    }
}
