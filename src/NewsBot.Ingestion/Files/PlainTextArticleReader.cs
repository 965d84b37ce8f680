namespace NewsBot.Ingestion.Files;

/// <summary>Reads a <c>.txt</c> file: the whole file is the article text, with no metadata.</summary>
internal sealed class PlainTextArticleReader : IArticleFileReader
{
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    public void Read(ArticleFile file, FileReadResult result) =>
        result.Articles.Add(new RawArticle(file.Text, file.Path, Line: null, ItemKey: null));
}
