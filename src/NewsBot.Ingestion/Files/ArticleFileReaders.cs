namespace NewsBot.Ingestion.Files;

/// <summary>The file formats a folder source reads, by extension.</summary>
internal sealed class ArticleFileReaders
{
    private readonly Dictionary<string, IArticleFileReader> _byExtension;

    public ArticleFileReaders(FolderOptions options)
    {
        IArticleFileReader[] readers =
        [
            new MarkdownArticleReader(options.MaxFrontMatterChars), new PlainTextArticleReader(), new JsonArticleReader(),
            new JsonLinesArticleReader(), new HtmlArticleReader(options.HtmlLimits),
        ];
        _byExtension = readers.SelectMany(reader => reader.Extensions.Select(extension => (extension, reader)))
            .ToDictionary(pair => pair.extension, pair => pair.reader, StringComparer.Ordinal);
    }

    /// <summary>The supported extensions, for messages.</summary>
    public string Supported => string.Join(", ", _byExtension.Keys.Order(StringComparer.Ordinal));

    /// <summary>The reader for <paramref name="path"/>'s extension, or null when the format is not supported.</summary>
    public IArticleFileReader? For(string path) =>
        _byExtension.GetValueOrDefault(Path.GetExtension(path).ToLowerInvariant());
}
