using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using NewsBot.Search.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Answering;

/// <summary>
/// Passages found by meaning alone: the sentences nearest the question by a scan of every vector, looked up by their
/// content keys under the same filters as the lexical search, added to BM25's candidates. A question that shares no
/// word with the sentence that answers it can still reach it.
/// </summary>
internal static class DenseCandidates
{
    public static ScoreDoc[] Add(IndexSearcher searcher, Filter filter, ScoreDoc[] lexical, QuestionVector vector, int count)
    {
        if (count <= 0 || vector.Rows.Count == 0)
        {
            return lexical;
        }

        var nearest = vector.Nearest(count);
        var terms = nearest.Select(found => new Term(IndexFields.SentenceKey, SentenceKey.ToTerm(found.Key))).ToList();
        if (terms.Count == 0)
        {
            return lexical;
        }

        // A sentence can stand in several passages (and stale vectors of removed text find none): ask for a few more.
        var dense = searcher.Search(new ConstantScoreQuery(new TermsFilter(terms)), filter, count * 2).ScoreDocs;
        var seen = lexical.Select(hit => hit.Doc).ToHashSet();

        // Not found by the lexical search, they have no BM25 score of their own.
        var added = dense.Where(hit => seen.Add(hit.Doc)).Select(hit => new ScoreDoc(hit.Doc, 0f));
        return [.. lexical, .. added];
    }
}
