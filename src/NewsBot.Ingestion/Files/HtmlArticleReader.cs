using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// Reads a saved article page (<c>.html</c>): readable text the way feed pages get theirs (<see cref="ReadableHtml"/>,
/// within the page bounds), metadata from the page's head (og:title or title, article:published_time or time datetime,
/// author, og:site_name, canonical link). A page in which Readability finds no article gives its body's text.
/// </summary>
internal sealed class HtmlArticleReader(HtmlLimits limits) : IArticleFileReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public void Read(ArticleFile file, FileReadResult result)
    {
        var (document, refusal) = ReadableHtml.Parse(file.Text, limits);
        if (document is null)
        {
            result.Skip(file.Path, null, refusal!);
            return;
        }

        using (document)
        {
            var metadata = HtmlMetadata.Read(document);
            var readable = ReadableHtml.Extract(document, metadata.Url ?? "file:///" + file.RelativePath, limits);
            if (readable.Text.Length == 0)
            {
                result.Skip(file.Path, null, readable.Problem ?? "The page has no readable article text.");
                return;
            }

            result.Articles.Add(new RawArticle(readable.Text, file.Path, Line: null, ItemKey: null)
            {
                Title = metadata.Title,
                Outlet = metadata.Outlet,
                Url = metadata.Url,
                Author = metadata.Author,
                Published = metadata.Published,
            });
        }
    }
}
