using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>
/// Writes articles into the live generation by id (refresh), or builds a whole new generation beside it and swaps it
/// in (reindex). Every write takes its turn through the <see cref="WriteGate"/>.
/// </summary>
public sealed class LuceneIndexWriter : INewsIndexWriter
{
    private readonly GenerationStore _store;
    private readonly WriteGate _gate;
    private readonly GenerationBuilder _builder;
    private readonly ILogger _logger;

    public LuceneIndexWriter(GenerationStore store, WriteGate gate, ILogger<LuceneIndexWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(gate);
        _store = store;
        _gate = gate;
        _builder = new GenerationBuilder(store, gate);
        _logger = logger ?? NullLogger<LuceneIndexWriter>.Instance;
    }

    /// <inheritdoc />
    public async Task<IndexUpdate> UpsertAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = _gate.Live();
        if (live is null)
        {
            // Nothing readable to update: the given articles become a brand-new generation.
            return BuildGeneration(articles, progress: null, approveSwap: null, cancellationToken)!;
        }

        var latest = LastWins(articles);
        var known = live.Read(searcher => StoredArticles.Indexed(searcher, latest.Select(article => article.Article.Id)));
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
            if (IsUnchanged(indexed, article))
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
            _gate.Commit(live, writer =>
            {
                var fields = new ReusableFields(writer.Analyzer);
                foreach (var article in changed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    writer.UpdateDocuments(new Term(IndexFields.Id, article.Article.Id), ArticleDocuments.Create(article, fields));
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
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = _gate.Live();
        if (live is null || articleIds.Count == 0)
        {
            return IndexUpdate.None;
        }

        var present = live.Read(searcher => StoredArticles.Indexed(searcher, articleIds.Distinct(StringComparer.Ordinal))).Keys.ToList();
        if (present.Count > 0)
        {
            _gate.Commit(live, writer => writer.DeleteDocuments(present.Select(id => new Term(IndexFields.Id, id)).ToArray()), cancellationToken);
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
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        // Building is CPU and disk work; keep it off the caller's thread (a Discord handler, a host loop).
        return await Task.Run(() => BuildGeneration(articles, progress, approveSwap: null, cancellationToken)!, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IndexUpdate?> ReplaceAllAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        Func<GenerationSwap, bool> approveSwap,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(approveSwap);
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        return await Task.Run(() => BuildGeneration(articles, progress, approveSwap, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    // Writes a new generation beside the live one and swaps it in unless approveSwap refuses (then null); any failure
    // deletes the partial folder and leaves the live generation untouched. Called with the write lock held.
    private IndexUpdate? BuildGeneration(
        IReadOnlyList<AnalyzedArticle> articles,
        IProgress<IndexProgress>? progress,
        Func<GenerationSwap, bool>? approveSwap,
        CancellationToken cancellationToken)
    {
        var latest = LastWins(articles);
        var live = _gate.Live();
        var before = live is null ? new Dictionary<string, IndexedArticle>(StringComparer.Ordinal) : live.Read(StoredArticles.AllIndexed);
        var name = _gate.NewGenerationName();
        var passages = 0;
        LiveGeneration? next = null;
        try
        {
            passages = _builder.Write(name, latest, progress, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();

            // Sentences the live generation has vectors for keep them: a reindex embeds only new or changed text.
            live?.Vectors.CatchUp();
            live?.Vectors.CopyTo(_store.PathOf(name), latest.SelectMany(ArticleDocuments.SentenceKeys).ToHashSet());
            var kept = latest.Select(article => article.Article.Id).ToHashSet(StringComparer.Ordinal);
            var removing = before.Keys.Count(id => !kept.Contains(id));
            if (approveSwap is not null && !approveSwap(new GenerationSwap(before.Count, latest.Count) { Removed = removing }))
            {
                Log.SwapRefused(_logger, name, latest.Count, before.Count);
                _store.TryDeleteGeneration(name);
                return null;
            }

            progress?.Report(new IndexProgress("swapping", latest.Count, latest.Count));
            next = _store.Open(name);
            _gate.Swap(next);
        }
        catch (Exception exception)
        {
            next?.Dispose();
            Log.RebuildAbandoned(_logger, name, exception);
            _store.TryDeleteGeneration(name);
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
            else if (IsUnchanged(old, article))
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

    private static bool IsUnchanged(IndexedArticle indexed, AnalyzedArticle article) =>
        indexed.ContentHash == article.ContentHash && indexed.MetadataHash == ArticleDocuments.MetadataHash(article.Article);

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
}
