using AngleSharp.Html.Parser;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Reads a saved article page (<c>.html</c>): readable text via SmartReader, metadata from the page's
/// head (og:title or title, article:published_time or time datetime, author, og:site_name, canonical link).
/// </summary>
internal sealed class HtmlArticleReader : IArticleFileReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public void Read(ArticleFile file, FileReadResult result)
    {
        var document = new HtmlParser().ParseDocument(file.Text);
        var metadata = HtmlMetadata.Read(document);
        var text = HtmlReadableText.Extract(document, metadata.Url ?? "file:///" + file.RelativePath);
        if (text is null)
        {
            result.Skip(file.Path, null, "The page has no readable article text.");
            return;
        }

        result.Articles.Add(new RawArticle(text, file.Path, Line: null, ItemKey: null)
        {
            Title = metadata.Title,
            Outlet = metadata.Outlet,
            Url = metadata.Url,
            Author = metadata.Author,
            Published = metadata.Published,
        });
    }
}
