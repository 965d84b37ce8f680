namespace NewsBot.Ingestion.Files;

/// <summary>Turns one decoded file of a given format into raw articles, reporting what it cannot read.</summary>
internal interface IArticleFileReader
{
    /// <summary>The file extensions (lower case, with the dot) this reader handles.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads <paramref name="file"/>; problems go to <paramref name="result"/>'s skipped list, never thrown.</summary>
    void Read(ArticleFile file, FileReadResult result);
}
