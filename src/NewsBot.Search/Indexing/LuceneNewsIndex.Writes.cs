using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Analysis;

namespace NewsBot.Search.Indexing;

public sealed partial class LuceneNewsIndex
{
    /// <inheritdoc />
    public async Task<IndexUpdate> UpsertAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var writing = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = EnsureOpen();
        if (live is null)
        {
            // Nothing readable to update: the given articles become a brand-new generation.
            return BuildGeneration(articles, progress: null, cancellationToken);
        }

        var latest = LastWins(articles);
        var known = ReadIndexed(live, latest.Select(article => article.Article.Id));
        int added = 0, updated = 0, unchanged = 0, passages = 0;
        var changed = new List<AnalyzedArticle>();
        foreach (var read in latest)
        {
            if (!known.TryGetValue(read.Article.Id, out var indexed))
            {
                added++;
                changed.Add(read);
                passages += read.Passages.Count;
                continue;
            }

            var article = KeepCarriers(read, indexed);
            if (indexed.ContentHash == article.ContentHash && indexed.MetadataHash == ArticleDocuments.MetadataHash(article.Article))
            {
                unchanged++;
                continue;
            }

            updated++;
            changed.Add(article);
            passages += article.Passages.Count;
        }

        if (changed.Count > 0)
        {
            Write(live, writer =>
            {
                foreach (var article in changed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.UpdateDocuments(new Term(IndexFields.Id, article.Article.Id), ArticleDocuments.Create(article));
                }
            }, cancellationToken);
        }

        Log.IndexUpdated(_logger, added, updated, unchanged, 0);
        return new IndexUpdate(added, updated, unchanged, 0, passages);
    }

    /// <inheritdoc />
    public async Task<IndexUpdate> RemoveAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        using var writing = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = EnsureOpen();
        if (live is null || articleIds.Count == 0)
        {
            return IndexUpdate.None;
        }

        var present = ReadIndexed(live, articleIds.Distinct(StringComparer.Ordinal)).Keys.ToList();
        if (present.Count > 0)
        {
            Write(live, writer => writer.DeleteDocuments(present.Select(id => new Term(IndexFields.Id, id)).ToArray()), cancellationToken);
        }

        Log.IndexUpdated(_logger, 0, 0, 0, present.Count);
        return IndexUpdate.None with { Removed = present.Count };
    }

    /// <inheritdoc />
    public async Task<IndexUpdate> ReplaceAllAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var writing = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        // Building is CPU and disk work; keep it off the caller's thread (a Discord handler, a host loop).
        return await Task.Run(() => BuildGeneration(articles, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        if (AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyCollection<string>>([]);
        }

        using (lease)
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Source, sourceName)), Occur.MUST },
            };
            var ids = AllDocuments(lease.Searcher, query)
                .Select(document => document.Get(IndexFields.Id))
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyCollection<string>>(ids);
        }
    }

    // Writes a new generation beside the live one and swaps it in; any failure deletes the partial folder and
    // leaves the live generation untouched. Called with the write lock held.
    private IndexUpdate BuildGeneration(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var latest = LastWins(articles);
        var live = EnsureOpen();
        var before = live is null ? new Dictionary<string, IndexedArticle>(StringComparer.Ordinal) : ReadAllIndexed(live);
        var name = _folders.NewGenerationName(_time.GetUtcNow());
        var passages = 0;
        LiveGeneration? next = null;
        try
        {
            passages = WriteGeneration(name, latest, progress, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new IndexProgress("swapping", latest.Count, latest.Count));
            next = LiveGeneration.Open(name, _folders.PathOf(name), _similarity);
            Swap(next);
        }
        catch (Exception exception)
        {
            next?.Dispose();
            Log.RebuildAbandoned(_logger, name, exception);
            _folders.TryDeleteGeneration(name);
            throw;
        }

        Log.GenerationSwapped(_logger, name, latest.Count, passages);
        var ids = latest.Select(article => article.Article.Id).ToHashSet(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var article in latest)
        {
            if (!before.TryGetValue(article.Article.Id, out var old))
            {
                added++;
            }
            else if (old.ContentHash == article.ContentHash && old.MetadataHash == ArticleDocuments.MetadataHash(article.Article))
            {
                unchanged++;
            }
            else
            {
                updated++;
            }
        }

        return new IndexUpdate(added, updated, unchanged, before.Keys.Count(id => !ids.Contains(id)), passages);
    }

    // One commit on the live generation, then the searchers are refreshed; on failure nothing is committed.
    private void Write(LiveGeneration live, Action<IndexWriter> change, CancellationToken cancellationToken)
    {
        using var analyzer = NewsAnalyzers.CreateIndexAnalyzer();
        var config = new IndexWriterConfig(IndexFields.Version, analyzer) { OpenMode = OpenMode.APPEND, Similarity = _similarity };
        using (var writer = new IndexWriter(live.Directory, config))
        {
            try
            {
                change(writer);
                cancellationToken.ThrowIfCancellationRequested();
                writer.SetCommitData(CommitData());
                writer.Commit();
            }
            catch
            {
                writer.Rollback();
                throw;
            }
        }

        live.Manager.MaybeRefreshBlocking();
    }

    private Dictionary<string, string> CommitData() => new()
    {
        [IndexFields.UpdatedAtKey] = _time.GetUtcNow().ToString("o", System.Globalization.CultureInfo.InvariantCulture),
    };

    // Outlets credited for carrying an indexed story were found by other sources' refreshes; a re-read of the story
    // from its own source knows nothing of them, so they are kept rather than dropped.
    private static AnalyzedArticle KeepCarriers(AnalyzedArticle read, IndexedArticle indexed)
    {
        var article = indexed.AlsoCarriedBy.Aggregate(read.Article, (credited, outlet) => credited.WithCarrier(outlet));
        return ReferenceEquals(article, read.Article) ? read : read with { Article = article };
    }

    // The same id twice in one batch: the later one is the newer read.
    private static List<AnalyzedArticle> LastWins(IReadOnlyList<AnalyzedArticle> articles)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<AnalyzedArticle>();
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article);
            if (byId.TryGetValue(article.Article.Id, out var index))
            {
                list[index] = article;
            }
            else
            {
                byId[article.Article.Id] = list.Count;
                list.Add(article);
            }
        }

        return list;
    }

    private static Dictionary<string, IndexedArticle> ReadIndexed(LiveGeneration live, IEnumerable<string> ids)
    {
        var searcher = live.Manager.Acquire();
        try
        {
            var found = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (MetadataDocument(searcher, id) is { } document)
                {
                    found[id] = ToIndexed(document);
                }
            }

            return found;
        }
        finally
        {
            live.Manager.Release(searcher);
        }
    }

    private static Dictionary<string, IndexedArticle> ReadAllIndexed(LiveGeneration live)
    {
        var searcher = live.Manager.Acquire();
        try
        {
            return AllDocuments(searcher, new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)))
                .Select(ToIndexed)
                .ToDictionary(article => article.Id, StringComparer.Ordinal);
        }
        finally
        {
            live.Manager.Release(searcher);
        }
    }

    private static IndexedArticle ToIndexed(Document document) => new(
        document.Get(IndexFields.Id),
        document.Get(IndexFields.ContentHash) ?? string.Empty,
        document.Get(IndexFields.MetadataHash) ?? string.Empty,
        document.GetValues(IndexFields.AlsoCarriedBy));

    /// <summary>Every document matching <paramref name="query"/>, in index order.</summary>
    internal static IEnumerable<Document> AllDocuments(IndexSearcher searcher, Query query)
    {
        var count = Math.Max(1, searcher.IndexReader.MaxDoc);
        return searcher.Search(query, count).ScoreDocs.Select(hit => searcher.Doc(hit.Doc));
    }
}
