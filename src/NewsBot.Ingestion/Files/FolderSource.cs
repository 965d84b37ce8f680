using Microsoft.Extensions.Logging;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Files;

/// <summary>
/// A folder of article files read recursively (or a single article file), in ordinal path order so every
/// read produces the same articles in the same order, within the <see cref="FolderOptions"/> bounds. Hidden files and
/// dot-folders are ignored; every other file that cannot be read becomes a skipped item with its reason, and the rest
/// are still read.
/// </summary>
public sealed class FolderSource : IArticleSource
{
    private readonly SourceOptions _source;
    private readonly ILogger _logger;
    private readonly ArticleBuilder _builder;
    private readonly FolderOptions _options;
    private readonly ArticleFileReaders _readers;

    /// <summary>Creates a folder source with the default title and date completion and the default bounds.</summary>
    public FolderSource(SourceOptions source, ILogger logger)
        : this(source, logger, ArticleMetadataCompleter.CreateDefault())
    {
    }

    /// <summary>Creates a folder source for <paramref name="source"/>'s Location (a folder or one file), with the default bounds.</summary>
    public FolderSource(SourceOptions source, ILogger logger, ArticleMetadataCompleter completer)
        : this(source, logger, completer, new FolderOptions())
    {
    }

    /// <summary>Creates a folder source for <paramref name="source"/>'s Location (a folder or one file) within <paramref name="options"/>.</summary>
    public FolderSource(SourceOptions source, ILogger logger, ArticleMetadataCompleter completer, FolderOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(completer);
        ArgumentNullException.ThrowIfNull(options);
        _source = source;
        _logger = logger;
        _builder = new ArticleBuilder(source, completer);
        _options = options;
        _readers = new ArticleFileReaders(options);
    }

    /// <inheritdoc />
    public string Name => _source.Name;

    /// <inheritdoc />
    public async Task<SourceBatch> ReadAsync(CancellationToken cancellationToken)
    {
        var location = _source.Location;
        IReadOnlyList<(string Path, string Relative)> files;
        var skipped = new List<SkippedItem>();
        string root;
        if (File.Exists(location))
        {
            files = [(location, Path.GetFileName(location))];
            // The operator named this one file: a link there is followed wherever it points.
            root = Path.GetDirectoryName(Path.GetFullPath(new FileInfo(location).ResolveLinkTarget(true)?.FullName ?? location))!;
        }
        else if (Directory.Exists(location))
        {
            // The operator's folder may itself be a link; what lies inside it is judged against where it leads.
            root = Path.GetFullPath(new DirectoryInfo(location).ResolveLinkTarget(true)?.FullName ?? location);
            files = FolderWalker.List(location, _options, skipped);
        }
        else
        {
            return new SourceBatch(Name, [], [], $"The folder '{SourceLocations.Redact(location)}' does not exist.");
        }

        var articles = new List<Article>();
        foreach (var (path, relative) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await ReadFileAsync(path, relative, root, articles, skipped, cancellationToken).ConfigureAwait(false);
        }

        Log.FolderRead(_logger, Name, articles.Count, files.Count, skipped.Count);
        return new SourceBatch(Name, articles, skipped);
    }

    private async Task ReadFileAsync(string path, string relative, string root, List<Article> articles, List<SkippedItem> skipped, CancellationToken cancellationToken)
    {
        var reader = _readers.For(path);
        if (reader is null)
        {
            var extension = Path.GetExtension(path);
            var kind = extension.Length == 0 ? "Files without an extension" : $"Files of type '{extension}'";
            skipped.Add(new SkippedItem(path, null, $"{kind} are not read (supported: {_readers.Supported})."));
            return;
        }

        var (bytes, unreadable) = await ArticleFileBytes.ReadAsync(path, Path.GetFullPath(root), _options, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            skipped.Add(new SkippedItem(path, null, unreadable!));
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
            var (article, rejected, note) = _builder.Build(raw, relative);
            if (article is not null)
            {
                articles.Add(article);
            }
            else
            {
                fileSkipped.Add(rejected!);
            }

            if (note is not null)
            {
                fileSkipped.Add(note);
            }
        }

        // Report a file's problems in line order, whichever stage found them.
        skipped.AddRange(fileSkipped.OrderBy(item => item.Line ?? 0));
    }
}
