using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Extracts an HTML page's readable article text with SmartReader (a Readability port), as paragraphs
/// separated by blank lines, white space inside each paragraph collapsed as a browser would show it.
/// </summary>
public static class HtmlReadableText
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

    /// <summary>The readable text of <paramref name="document"/> (which SmartReader may alter), or null when it has none.</summary>
    public static string? Extract(IHtmlDocument document, string url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var content = ReadableContent(document, url) ?? document.Body?.InnerHtml;
        if (string.IsNullOrWhiteSpace(content))
        {
            return null;
        }

        var fragment = new HtmlParser().ParseDocument($"<html><body>{content}</body></html>");
        var paragraphs = fragment.QuerySelectorAll(Blocks)
            .Where(block => !block.QuerySelectorAll(Blocks).Any())
            .Select(block => Collapse(block.TextContent))
            .Where(paragraph => paragraph.Length > 0)
            .ToList();
        if (paragraphs.Count == 0 && fragment.Body is { } body)
        {
            paragraphs.Add(Collapse(body.TextContent));
        }

        var text = string.Join("\n\n", paragraphs.Where(p => p.Length > 0));
        return text.Length == 0 ? null : text;
    }

    private static string? ReadableContent(IHtmlDocument document, string url)
    {
        try
        {
            var article = new Reader(url, document).GetArticle();
            return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article.Content : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // SmartReader is heuristic code run on untrusted pages; when it fails, the page body is the next best text.
            return null;
        }
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }
}
