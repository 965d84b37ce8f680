using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>Reads articles' stored documents back: by id, all of one kind, and what a write or a credit needs of them.</summary>
internal static class StoredArticles
{
    private static readonly TermQuery ArticleDocuments = new(new Term(IndexFields.Type, IndexFields.ArticleType));

    /// <summary>Every document matching <paramref name="query"/>, in index order.</summary>
    public static IEnumerable<Document> All(IndexSearcher searcher, Query query)
    {
        var count = Math.Max(1, searcher.IndexReader.MaxDoc);
        return searcher.Search(query, count).ScoreDocs.Select(hit => searcher.Doc(hit.Doc));
    }

    /// <summary>Every article (metadata) document, in index order.</summary>
    public static IEnumerable<Document> AllArticles(IndexSearcher searcher) => All(searcher, ArticleDocuments);

    /// <summary>The metadata document of article <paramref name="id"/>: one exact term lookup, ids being StringFields.</summary>
    public static Document? Metadata(IndexSearcher searcher, string id)
    {
        var query = new BooleanQuery
        {
            { ArticleDocuments, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
        };
        var hit = searcher.Search(query, 1).ScoreDocs;
        return hit.Length > 0 ? searcher.Doc(hit[0].Doc) : null;
    }

    /// <summary>Every document of one article (its passages and its metadata document), in index order.</summary>
    public static List<Document> OfArticle(IndexSearcher searcher, string id)
    {
        var query = new TermQuery(new Term(IndexFields.Id, id));
        var count = new TotalHitCountCollector();
        searcher.Search(query, count);
        return count.TotalHits == 0
            ? []
            : [.. searcher.Search(query, count.TotalHits).ScoreDocs.OrderBy(hit => hit.Doc).Select(hit => searcher.Doc(hit.Doc))];
    }

    /// <summary>What the index remembers of each of <paramref name="ids"/> that is indexed.</summary>
    public static Dictionary<string, IndexedArticle> Indexed(IndexSearcher searcher, IEnumerable<string> ids)
    {
        var found = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (Metadata(searcher, id) is { } document)
            {
                found[id] = ToIndexed(document);
            }
        }

        return found;
    }

    /// <summary>What the index remembers of every indexed article.</summary>
    public static Dictionary<string, IndexedArticle> AllIndexed(IndexSearcher searcher) =>
        AllArticles(searcher).Select(ToIndexed).ToDictionary(article => article.Id, StringComparer.Ordinal);

    /// <summary>Who the story of a metadata document is credited to.</summary>
    public static StoryCredit Credit(Document document) => new(
        document.Get(IndexFields.Source) ?? string.Empty,
        document.Get(IndexFields.OutletDisplay),
        document.GetValues(IndexFields.AlsoCarriedBy));

    private static IndexedArticle ToIndexed(Document document) => new(
        document.Get(IndexFields.Id),
        document.Get(IndexFields.ContentHash) ?? string.Empty,
        document.Get(IndexFields.MetadataHash) ?? string.Empty,
        document.GetValues(IndexFields.AlsoCarriedBy));
}
