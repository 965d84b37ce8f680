using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// A folder of article files read recursively (or a single article file), in ordinal path order so every
/// read produces the same articles in the same order. Hidden files and dot-folders are ignored; every other
/// file that cannot be read becomes a skipped item with its reason, and the rest are still read.
/// </summary>
public sealed class FolderSource : IArticleSource
{
    private readonly SourceOptions _source;
    private readonly ILogger _logger;
    private readonly ArticleBuilder _builder;

    /// <summary>Creates a folder source with the default title and date completion.</summary>
    public FolderSource(SourceOptions source, ILogger logger)
        : this(source, logger, ArticleMetadataCompleter.CreateDefault())
    {
    }

    /// <summary>Creates a folder source for <paramref name="source"/>'s Location (a folder or one file).</summary>
    public FolderSource(SourceOptions source, ILogger logger, ArticleMetadataCompleter completer)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(completer);
        _source = source;
        _logger = logger;
        _builder = new ArticleBuilder(source, completer);
    }

    /// <inheritdoc />
    public string Name => _source.Name;

    /// <inheritdoc />
    public async Task<SourceBatch> ReadAsync(CancellationToken cancellationToken)
    {
        var location = _source.Location;
        IReadOnlyList<(string Path, string Relative)> files;
        var skipped = new List<SkippedItem>();
        if (File.Exists(location))
        {
            files = [(location, Path.GetFileName(location))];
        }
        else if (Directory.Exists(location))
        {
            files = ListFiles(location, skipped);
        }
        else
        {
            var failure = $"The folder '{location}' does not exist.";
            Log.SourceFailed(_logger, Name, failure);
            return new SourceBatch(Name, [], [], failure);
        }

        var articles = new List<Article>();
        foreach (var (path, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ReadFileAsync(path, relative, articles, skipped, cancellationToken).ConfigureAwait(false);
        }

        foreach (var item in skipped)
        {
            if (item.Line is { } line)
            {
                Log.SkippedLine(_logger, item.Location, line, item.Reason);
            }
            else
            {
                Log.SkippedFile(_logger, item.Location, item.Reason);
            }
        }

        Log.SourceRead(_logger, Name, articles.Count, files.Count, skipped.Count);
        return new SourceBatch(Name, articles, skipped);
    }

    private async Task ReadFileAsync(string path, string relative, List<Article> articles, List<SkippedItem> skipped, CancellationToken cancellationToken)
    {
        var reader = ArticleFileReaders.For(path);
        if (reader is null)
        {
            var extension = Path.GetExtension(path);
            var kind = extension.Length == 0 ? "Files without an extension" : $"Files of type '{extension}'";
            skipped.Add(new SkippedItem(path, null, $"{kind} are not read (supported: {ArticleFileReaders.Supported})."));
            return;
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedItem(path, null, $"The file could not be read ({ex.Message.TrimEnd('.')})."));
            return;
        }

        var text = FileTextDecoder.Decode(bytes, out var problem);
        if (text is null)
        {
            skipped.Add(new SkippedItem(path, null, problem!));
            return;
        }

        var result = new FileReadResult();
        reader.Read(new ArticleFile(path, relative, text), result);
        var fileSkipped = new List<SkippedItem>(result.Skipped);
        foreach (var raw in result.Articles)
        {
            var (article, rejected) = _builder.Build(raw, relative);
            if (article is not null)
            {
                articles.Add(article);
            }
            else
            {
                fileSkipped.Add(rejected!);
            }
        }

        // Report a file's problems in line order, whichever stage found them.
        skipped.AddRange(fileSkipped.OrderBy(item => item.Line ?? 0));
    }

    private static List<(string Path, string Relative)> ListFiles(string folder, List<SkippedItem> skipped)
    {
        var files = new List<(string Path, string Relative)>();
        Collect(folder, folder, files, skipped);
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return files;
    }

    private static void Collect(string root, string folder, List<(string Path, string Relative)> files, List<SkippedItem> skipped)
    {
        string[] entries, folders;
        try
        {
            entries = Directory.GetFiles(folder);
            folders = Directory.GetDirectories(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedItem(folder, null, $"The folder could not be listed ({ex.Message.TrimEnd('.')})."));
            return;
        }

        foreach (var file in entries.Where(file => !IsHidden(file)))
        {
            files.Add((file, Path.GetRelativePath(root, file).Replace('\\', '/')));
        }

        foreach (var sub in folders.Where(sub => !IsHidden(sub)))
        {
            Collect(root, sub, files, skipped);
        }
    }

    private static bool IsHidden(string path) =>
        Path.GetFileName(path).StartsWith('.') || File.GetAttributes(path).HasFlag(FileAttributes.Hidden);
}
