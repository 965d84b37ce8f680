using Lucene.Net.Search;
using NewsBot.Core.Answers;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Credits the outlets that carried each cited story. Carriers are kept on the article's own document, not on its
/// passages, so the few articles an answer shows are looked up once it is assembled.
/// </summary>
internal static class CarrierCredits
{
    public static Answer Fill(IndexSearcher searcher, Answer answer)
    {
        // No story credits a carrier in most indexes: then there is nothing to look up.
        if (searcher.IndexReader.GetDocCount(IndexFields.CarrierKey) == 0)
        {
            return answer;
        }

        var carriers = StoredArticles.CarriersOf(
            searcher,
            answer.Articles.Select(group => group.Citation.ArticleId).Concat(answer.ClosestHeadlines.Select(citation => citation.ArticleId)));
        Citation Credited(Citation citation) => carriers.TryGetValue(citation.ArticleId, out var outlets) && outlets.Count > 0
            ? citation with { AlsoCarriedBy = outlets }
            : citation;
        return answer with
        {
            Articles = [.. answer.Articles.Select(group => group with { Citation = Credited(group.Citation) })],
            ClosestHeadlines = [.. answer.ClosestHeadlines.Select(Credited)],
        };
    }
}
