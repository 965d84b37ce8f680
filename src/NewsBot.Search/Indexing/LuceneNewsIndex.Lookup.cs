using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

public sealed partial class LuceneNewsIndex
{
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
                    credits[id] = new StoryCredit(
                        document.Get(IndexFields.Source) ?? string.Empty,
                        document.Get(IndexFields.OutletDisplay),
                        document.GetValues(IndexFields.AlsoCarriedBy));
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoryCredit>>(credits);
    }

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
