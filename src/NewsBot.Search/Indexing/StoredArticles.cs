using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>Reads articles' stored documents back: by id, all of one kind, and what a write or a credit needs of them.</summary>
internal static class StoredArticles
{
    private static readonly TermQuery ArticleDocuments = new(new Term(IndexFields.Type, IndexFields.ArticleType));
    private static readonly ISet<string> IdOnly = new HashSet<string> { IndexFields.Id };

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
        var hit = searcher.Search(MetadataQuery(id), 1).ScoreDocs;
        return hit.Length > 0 ? searcher.Doc(hit[0].Doc) : null;
    }

    /// <summary>The query that finds article <paramref name="id"/>'s own document and none of its passages.</summary>
    public static Query MetadataQuery(string id) => new BooleanQuery
    {
        { ArticleDocuments, Occur.MUST },
        { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
    };

    /// <summary>Ids of the articles whose own document credits the outlet with filter key <paramref name="key"/> as a carrier.</summary>
    public static List<string> CarriedBy(IndexSearcher searcher, string key) =>
        [.. searcher.Search(new TermQuery(new Term(IndexFields.CarrierKey, key)), Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc, IdOnly).Get(IndexFields.Id))];

    /// <summary>The carriers credited on each of <paramref name="ids"/>' own document (none for an id not indexed).</summary>
    public static Dictionary<string, IReadOnlyList<string>> CarriersOf(IndexSearcher searcher, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)(Metadata(searcher, id)?.GetValues(IndexFields.AlsoCarriedBy) ?? []),
            StringComparer.Ordinal);

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

    /// <summary>Who the story of a metadata document is credited to, with what a competing claim on it is judged by.</summary>
    public static StoryCredit Credit(Document document) => new(
        document.Get(IndexFields.Source) ?? string.Empty,
        document.Get(IndexFields.OutletDisplay),
        document.GetValues(IndexFields.AlsoCarriedBy))
    {
        Url = document.Get(IndexFields.Url),
        SourceHost = document.Get(IndexFields.SourceHost),
        Fingerprint = document.Get(IndexFields.ContentHash) is { Length: > 0 } hash ? new TextFingerprint(hash, Indexing.ArticleDocuments.ReadSketch(document)) : null,
    };

    private static IndexedArticle ToIndexed(Document document) => new(
        document.Get(IndexFields.Id),
        document.Get(IndexFields.ContentHash) ?? string.Empty,
        document.Get(IndexFields.MetadataHash) ?? string.Empty,
        document.GetValues(IndexFields.AlsoCarriedBy));
}
