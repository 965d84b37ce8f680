using Lucene.Net.Documents;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace NewsBot.Search.Indexing;

/// <summary>
/// An article's passages are written as one block of documents, in order, so a passage's neighbours and its article's
/// opening stand at known document numbers; what stands there is checked before it is used (deleted by an upsert, or
/// another article's).
/// </summary>
internal static class ArticleBlocks
{
    /// <summary>
    /// The document <paramref name="doc"/> when it is live and is passage <paramref name="ordinal"/> of article
    /// <paramref name="articleId"/>; else null. With <paramref name="fields"/>, only those stored fields are read.
    /// </summary>
    public static Document? Passage(IndexSearcher searcher, IBits? live, int doc, string? articleId, int ordinal, ISet<string>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        if (doc < 0 || doc >= searcher.IndexReader.MaxDoc || live?.Get(doc) == false)
        {
            return null;
        }

        var document = fields is null ? searcher.Doc(doc) : searcher.Doc(doc, fields);
        return document.GetField(IndexFields.Ordinal)?.GetInt32Value() == ordinal
            && string.Equals(document.Get(IndexFields.Id), articleId, StringComparison.Ordinal)
            ? document
            : null;
    }
}
