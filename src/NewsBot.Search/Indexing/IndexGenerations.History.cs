using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>The previous generations kept beside the live one: listing them and making the most recent live again.</summary>
public sealed partial class IndexGenerations
{
    /// <inheritdoc />
    public IReadOnlyList<IndexGeneration> ListGenerations()
    {
        var generations = new List<IndexGeneration>();
        if (AcquireSearcher() is { } lease)
        {
            using (lease)
            {
                generations.Add(new IndexGeneration(Volatile.Read(ref _live)?.Name ?? string.Empty, CountArticles(lease.Searcher), IsLive: true));
            }
        }

        var live = _folders.ReadPointer();
        foreach (var name in _folders.ReadPrevious().Where(name => name != live).Take(_keepGenerations))
        {
            if (ArticlesIn(name) is { } articles)
            {
                generations.Add(new IndexGeneration(name, articles, IsLive: false));
            }
        }

        return generations;
    }

    /// <inheritdoc />
    public async Task<IndexGeneration?> RollbackAsync(CancellationToken cancellationToken)
    {
        using var writing = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        // A pointer that names nothing usable stands for the generation this process fell back to.
        var current = _folders.ReadPointer() is { Length: > 0 } named && _folders.Exists(named) ? named : EnsureOpen()?.Name;
        var target = Kept(current ?? string.Empty, []).FirstOrDefault();
        if (target is null)
        {
            return null;
        }

        var next = LiveGeneration.Open(target, _folders.PathOf(target), Similarity);
        int articles;
        try
        {
            articles = next.Read(CountArticles);
            var replaced = string.IsNullOrEmpty(current) ? [] : new[] { current };
            var kept = Kept(target, replaced);

            // Until the pointer has moved, the target stays listed too, so a crash in between loses no generation.
            _folders.WritePrevious([.. kept, target]);
            _folders.MarkComplete(target);
            _folders.WritePointer(target);
            _folders.WritePrevious(kept);
        }
        catch
        {
            next.Dispose();
            throw;
        }

        Adopt(next);
        Log.RolledBack(_logger, target, current ?? "(none)", articles);
        return new IndexGeneration(target, articles, IsLive: true);
    }

    // Articles in a kept generation, or null when its folder cannot be read (it is then not offered for a rollback).
    private int? ArticlesIn(string name)
    {
        try
        {
            using var directory = FSDirectory.Open(_folders.PathOf(name));
            using var reader = DirectoryReader.Open(directory);
            return CountArticles(new IndexSearcher(reader));
        }
        catch (Exception exception) when (IndexCorruption.IsUnreadable(exception))
        {
            return null;
        }
    }

    private static int CountArticles(IndexSearcher searcher)
    {
        var count = new TotalHitCountCollector();
        searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), count);
        return count.TotalHits;
    }
}
