using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Where the question's stems stand in each candidate passage, read from the text field's postings (positions and
/// character offsets are indexed with it) instead of analysing every candidate's stored text again per question.
/// </summary>
internal static class IndexedMatches
{
    /// <summary>
    /// For each of <paramref name="hits"/> (same order), the occurrences of <paramref name="stems"/> in its text, in
    /// position order; null for a hit whose generation was indexed without offsets (the caller analyses its text).
    /// </summary>
    public static List<AnalyzedToken>?[] Find(IndexReader reader, ScoreDoc[] hits, IEnumerable<string> stems)
    {
        var found = new List<AnalyzedToken>?[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            found[i] = [];
        }

        // Postings are read forwards only, so each term visits the candidates in document order, leaf by leaf.
        var byDocument = Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc).ToArray();
        var leaves = reader.Leaves;
        foreach (var stem in stems)
        {
            var term = new Term(IndexFields.Text, new BytesRef(stem));
            var leafIndex = -1;
            DocsAndPositionsEnum? postings = null;
            foreach (var i in byDocument)
            {
                var doc = hits[i].Doc;
                var leaf = ReaderUtil.SubIndex(doc, leaves);
                if (leaf != leafIndex)
                {
                    leafIndex = leaf;
                    postings = ((AtomicReader)leaves[leaf].Reader).GetTermPositionsEnum(term);
                }

                var local = doc - leaves[leaf].DocBase;
                if (postings is null || found[i] is not { } matches
                    || (postings.DocID < local && postings.Advance(local) == DocIdSetIterator.NO_MORE_DOCS)
                    || postings.DocID != local)
                {
                    continue;
                }

                for (var k = postings.Freq; k > 0; k--)
                {
                    var position = postings.NextPosition();
                    if (postings.StartOffset < 0)
                    {
                        found[i] = null;
                        break;
                    }

                    matches.Add(new AnalyzedToken(stem, postings.StartOffset, postings.EndOffset, position));
                }
            }
        }

        foreach (var matches in found)
        {
            matches?.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        return found;
    }
}
