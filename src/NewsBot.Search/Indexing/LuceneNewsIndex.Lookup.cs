using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

public sealed partial class LuceneNewsIndex
{
    // Texts sharing a lookup key by chance are few; the best-keyed candidates are compared, not every one.
    private const int MaxNearIdenticalCandidates = 50;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoryCredit>> GetCreditsAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var credits = new Dictionary<string, StoryCredit>(StringComparer.Ordinal);
        if (articleIds.Count == 0 || AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(credits);
        }

        using (lease)
        {
            foreach (var id in articleIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (MetadataDocument(lease.Searcher, id) is { } document)
                {
                    credits[id] = ReadCredit(document);
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
        if (articles.Count == 0 || AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyDictionary<string, IndexedStory>>(found);
        }

        using (lease)
        {
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (article.Sketch is not { } sketch)
                {
                    continue;
                }

                // Candidates share a lookup key; only they are read and compared.
                var keys = new BooleanQuery();
                foreach (var key in sketch.Keys)
                {
                    keys.Add(new TermQuery(new Term(IndexFields.SketchKey, ArticleDocuments.SketchKey(key))), Occur.SHOULD);
                }

                var query = new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
                    { keys, Occur.MUST },
                    { new TermQuery(new Term(IndexFields.Id, article.Article.Id)), Occur.MUST_NOT },
                };
                var best = threshold;
                foreach (var hit in lease.Searcher.Search(query, MaxNearIdenticalCandidates).ScoreDocs)
                {
                    var document = lease.Searcher.Doc(hit.Doc);
                    var resemblance = ArticleDocuments.ReadSketch(document)?.Resemblance(sketch) ?? 0;
                    if (resemblance < best)
                    {
                        continue;
                    }

                    best = resemblance;
                    found[article.Article.Id] = new IndexedStory(
                        document.Get(IndexFields.Id),
                        document.Get(IndexFields.TitleDisplay) ?? string.Empty,
                        ReadCredit(document));
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IndexedStory>>(found);
    }

    private static StoryCredit ReadCredit(Document document) => new(
        document.Get(IndexFields.Source) ?? string.Empty,
        document.Get(IndexFields.OutletDisplay),
        document.GetValues(IndexFields.AlsoCarriedBy));

    // One exact term lookup per id: ids are StringFields, so this is a seek in the terms dictionary.
    private static Document? MetadataDocument(IndexSearcher searcher, string id)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
        };
        var hit = searcher.Search(query, 1).ScoreDocs;
        return hit.Length > 0 ? searcher.Doc(hit[0].Doc) : null;
    }

    // Every document of one article (its passages and its metadata document).
    private static List<Document> ArticleDocumentsOf(IndexSearcher searcher, string id)
    {
        var query = new TermQuery(new Term(IndexFields.Id, id));
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits == 0
            ? []
            : [.. searcher.Search(query, count.TotalHits).ScoreDocs.OrderBy(hit => hit.Doc).Select(hit => searcher.Doc(hit.Doc))];
    }
}
