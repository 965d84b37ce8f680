using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;

namespace NewsBot.Search.Indexing;

/// <summary>Finds the indexed story whose wording is most alike a newly read article's, through the sketch keys stored with each.</summary>
internal static class NearIdenticalStories
{
    // Texts sharing a lookup key by chance are few; the best-keyed candidates are compared, not every one.
    private const int MaxCandidates = 50;

    /// <summary>
    /// The indexed story under another id whose sketch resembles <paramref name="article"/>'s at least
    /// <paramref name="threshold"/>, the most alike first; null when none does or the article has no sketch.
    /// </summary>
    public static IndexedStory? MostAlike(IndexSearcher searcher, AnalyzedArticle article, double threshold)
    {
        if (article.Sketch is not { } sketch)
        {
            return null;
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
        IndexedStory? found = null;
        foreach (var hit in searcher.Search(query, MaxCandidates).ScoreDocs)
        {
            var document = searcher.Doc(hit.Doc);
            var resemblance = ArticleDocuments.ReadSketch(document)?.Resemblance(sketch) ?? 0;
            if (resemblance < best || !HeadlineNames.CanBeOneStory(article.Article.Title, document.Get(IndexFields.TitleDisplay)))
            {
                continue;
            }

            best = resemblance;
            found = new IndexedStory(
                document.Get(IndexFields.Id),
                document.Get(IndexFields.TitleDisplay) ?? string.Empty,
                StoredArticles.Credit(document));
        }

        return found;
    }
}
