using Lucene.Net.Index;
using Lucene.Net.Search;

namespace NewsBot.Search.Indexing;

public sealed partial class LuceneNewsIndex
{
    public Task<IReadOnlyDictionary<string, string>> GetSourceNamesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        if (articleIds.Count == 0 || AcquireSearcher() is not { } lease)
        {
            return Task.FromResult<IReadOnlyDictionary<string, string>>(sources);
        }

        using (lease)
        {
            foreach (var id in articleIds)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // One exact term lookup per id: ids are StringFields, so this is a seek in the terms dictionary.
                var query = new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.Type, IndexFields.ArticleType)), Occur.MUST },
                    { new TermQuery(new Term(IndexFields.Id, id)), Occur.MUST },
                };
                var hit = lease.Searcher.Search(query, 1).ScoreDocs;
                if (hit.Length > 0 && lease.Searcher.Doc(hit[0].Doc).Get(IndexFields.Source) is { } source)
                {
                    sources[id] = source;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(sources);
    }
}
