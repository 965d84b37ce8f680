using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>
/// What a refresh asks about indexed stories (a source's ids, their credits, near-identical wording) and the one
/// write it makes on them: crediting more carrying outlets without touching their text.
/// </summary>
public sealed class LuceneStoryLookup : IStoryLookup
{
    private readonly ISearcherLeases _searchers;
    private readonly WriteGate _gate;
    private readonly ILogger _logger;

    public LuceneStoryLookup(ISearcherLeases searchers, WriteGate gate, ILogger<LuceneStoryLookup>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(searchers);
        ArgumentNullException.ThrowIfNull(gate);
        _searchers = searchers;
        _gate = gate;
        _logger = logger ?? NullLogger<LuceneStoryLookup>.Instance;
    }

    /// <inheritdoc />
    public Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        if (_searchers.AcquireSearcher() is not { } lease)
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
            var ids = StoredArticles.All(lease.Searcher, query)
                .Select(document => document.Get(IndexFields.Id))
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult<IReadOnlyCollection<string>>(ids);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Article>> GetStoredArticlesAsync(string sourceName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        cancellationToken.ThrowIfCancellationRequested();
        if (_searchers.AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyList<Article>>([]);
        }

        using (lease)
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Source, sourceName)), Occur.MUST },
            };
            var articles = new List<Article>();
            foreach (var metadata in StoredArticles.All(lease.Searcher, query))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var citation = StoredCitation.Read(metadata);
                var text = StoredText(lease.Searcher, citation.ArticleId);
                if (text.Length > 0)
                {
                    articles.Add(new Article(citation.ArticleId, citation.Title, text, citation.Outlet, citation.Url, null, citation.Published, sourceName, citation.Url ?? citation.ArticleId)
                    {
                        AlsoCarriedBy = citation.AlsoCarriedBy,
                        SourceHost = metadata.Get(IndexFields.SourceHost),
                    });
                }
            }

            return Task.FromResult<IReadOnlyList<Article>>(articles);
        }
    }

    // The article's text as its passages hold it, each at its own offset, so quotes keep their places. Gaps (the white
    // space between passages, sentences never indexed) become line breaks: a paragraph break in the original stays one.
    private static string StoredText(IndexSearcher searcher, string articleId)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, articleId)), Occur.MUST },
        };
        var passages = StoredArticles.All(searcher, query)
            .Select(document => (Start: document.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? 0, Text: document.Get(IndexFields.Text) ?? string.Empty))
            .OrderBy(passage => passage.Start)
            .ToList();
        var builder = new System.Text.StringBuilder();
        foreach (var (start, text) in passages)
        {
            if (start < builder.Length)
            {
                continue;
            }

            builder.Append('\n', start - builder.Length).Append(text);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var credits = new Dictionary<string, StoryCredit>(StringComparer.Ordinal);
        if (articleIds.Count == 0 || _searchers.AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(credits);
        }

        using (lease)
        {
            foreach (var id in articleIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (StoredArticles.Metadata(lease.Searcher, id) is { } document)
                {
                    credits[id] = StoredArticles.Credit(document);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(credits);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IndexedStory>> FindNearIdenticalAsync(
        IReadOnlyList<AnalyzedArticle> articles,
        double threshold,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var found = new Dictionary<string, IndexedStory>(StringComparer.Ordinal);
        if (articles.Count == 0 || _searchers.AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyDictionary<string, IndexedStory>>(found);
        }

        using (lease)
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (NearIdenticalStories.MostAlike(lease.Searcher, article, threshold) is { } story)
                {
                    found[article.Article.Id] = story;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IndexedStory>>(found);
    }

    /// <inheritdoc />
    public async Task<IndexUpdate> AddCarriersAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> outletsByArticleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outletsByArticleId);
        using var writing = await _gate.BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = _gate.Live();
        if (live is null || outletsByArticleId.Count == 0)
        {
            return IndexUpdate.None;
        }

        // Lucene has no in-place update of stored fields: the article's own document, where its carriers are kept, is
        // written again with the carrier added; its passages are left alone.
        var rewritten = live.Read(searcher =>
        {
            var stories = new List<Lucene.Net.Documents.Document>();
            foreach (var (id, outlets) in outletsByArticleId)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (StoredArticles.Metadata(searcher, id) is { } metadata && ArticleDocuments.Recredit(metadata, outlets) is { } document)
                {
                    stories.Add(document);
                }
            }

            return stories;
        });

        if (rewritten.Count > 0)
        {
            _gate.Commit(live, writer =>
            {
                foreach (var document in rewritten)
                {
                    writer.DeleteDocuments(StoredArticles.MetadataQuery(document.Get(IndexFields.Id)));
                    writer.AddDocument(document);
                }
            }, cancellationToken);
        }

        Log.IndexUpdated(_logger, 0, rewritten.Count, 0, 0);
        return new IndexUpdate(0, rewritten.Count, 0, 0, 0);
    }
}
