using Lucene.Net.Documents;
using Lucene.Net.Index;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>Crediting more outlets for stories already indexed, without their text.</summary>
public sealed partial class LuceneNewsIndex
{
    /// <inheritdoc />
    public async Task<IndexUpdate> AddCarriersAsync(IReadOnlyDictionary<string, IReadOnlyList<string>> outletsByArticleId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outletsByArticleId);
        using var writing = await BeginWriteAsync(cancellationToken).ConfigureAwait(false);
        var live = EnsureOpen();
        if (live is null || outletsByArticleId.Count == 0)
        {
            return IndexUpdate.None;
        }

        // The new carrier goes on every document of the story (outlet filters match passages), so its stored
        // documents are written again with the carrier added; Lucene has no in-place update of stored fields.
        var rewritten = new List<(string Id, IReadOnlyList<Document> Documents)>();
        var searcher = live.Manager.Acquire();
        try
        {
            foreach (var (id, outlets) in outletsByArticleId)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ArticleDocuments.Recredit(ArticleDocumentsOf(searcher, id), outlets) is { } documents)
                {
                    rewritten.Add((id, documents));
                }
            }
        }
        finally
        {
            live.Manager.Release(searcher);
        }

        if (rewritten.Count > 0)
        {
            Write(live, writer =>
            {
                foreach (var (id, documents) in rewritten)
                {
                    writer.UpdateDocuments(new Term(IndexFields.Id, id), documents);
                }
            }, cancellationToken);
        }

        Log.IndexUpdated(_logger, 0, rewritten.Count, 0, 0);

        // Every story has one metadata document; the rest are its passages, written again.
        return new IndexUpdate(0, rewritten.Count, 0, 0, rewritten.Sum(story => story.Documents.Count - 1));
    }
}
