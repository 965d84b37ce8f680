namespace NewsBot.Ingestion.Files;

/// <summary>The file formats a folder source reads, by extension.</summary>
internal static class ArticleFileReaders
{
    private static readonly Dictionary<string, IArticleFileReader> ByExtension = Create();

    /// <summary>The reader for <paramref name="path"/>'s extension, or null when the format is not supported.</summary>
    public static IArticleFileReader? For(string path) =>
        ByExtension.GetValueOrDefault(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>The supported extensions, for messages.</summary>
    public static string Supported => string.Join(", ", ByExtension.Keys.Order(StringComparer.Ordinal));

    private static Dictionary<string, IArticleFileReader> Create()
    {
        IArticleFileReader[] readers = [new MarkdownArticleReader(), new PlainTextArticleReader(), new JsonArticleReader(), new JsonLinesArticleReader(), new HtmlArticleReader()];
        return readers.SelectMany(reader => reader.Extensions.Select(extension => (extension, reader)))
            .ToDictionary(pair => pair.extension, pair => pair.reader, StringComparer.Ordinal);
    }
}
