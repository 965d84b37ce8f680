using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Vectors;

/// <summary>The distinct sentences of a generation's passages, by content key, as stored for quoting.</summary>
internal static class IndexedSentences
{
    private static readonly ISet<string> TextAndSpans = new HashSet<string> { IndexFields.Text, IndexFields.Sentences, IndexFields.PassageStart };

    public static Dictionary<ulong, string> All(IndexSearcher searcher)
    {
        var sentences = new Dictionary<ulong, string>();
        var passages = new TermQuery(new Term(IndexFields.Type, IndexFields.PassageType));
        foreach (var hit in searcher.Search(passages, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc, TextAndSpans);
            var text = document.Get(IndexFields.Text) ?? string.Empty;
            var start = document.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? 0;
            foreach (var span in ArticleDocuments.DecodeSpans(document.Get(IndexFields.Sentences)))
            {
                var from = span.Start - start;
                if (from < 0 || from + span.Length > text.Length || span.Length == 0)
                {
                    continue;
                }

                var sentence = text.AsSpan(from, span.Length);
                sentences.TryAdd(SentenceKey.Of(sentence), sentence.Trim().ToString());
            }
        }

        return sentences;
    }
}
