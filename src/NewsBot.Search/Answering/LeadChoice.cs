using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using NewsBot.Search.Answering.Ranking;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Describes each candidate passage against the other candidates of its article (<see cref="LeadFeatures"/>), so the
/// lead model can choose which passage leads the article: the question's words that the headline and the opening
/// passage lack are the detail asked about, and the passage holding them is the one that answers.
/// </summary>
internal static class LeadChoice
{
    private static readonly IReadOnlySet<string> NoStems = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Fills <see cref="RankedPassage.LeadRow"/> of every passage whose article has two candidates or more in
    /// <paramref name="blended"/> (features completed); an article with one has no choice to make.
    /// </summary>
    public static void Describe(IndexSearcher searcher, IReadOnlyList<RankedPassage> blended, IReadOnlySet<string> questionStems, Analyzer english, double evidenceWeight)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(blended);
        IBits? live = null;
        var liveRead = false;
        foreach (var article in blended.GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal))
        {
            var passages = article.ToList();
            if (passages.Count < 2)
            {
                continue;
            }

            if (!liveRead)
            {
                (live, liveRead) = (MultiFields.GetLiveDocs(searcher.IndexReader), true);
            }

            var rows = LeadFeatures.Of(passages, questionStems, passages[0].HeadlineStems, OpeningStems(searcher, live, passages, questionStems, english), evidenceWeight);
            for (var i = 0; i < passages.Count; i++)
            {
                Array.Copy(rows[i], passages[i].LeadRow, rows[i].Length);
            }
        }
    }

    // The question's stems in the article's opening passage: a candidate's own when the opening is one, else read from
    // the document an article's block starts with (its passages are written together, so the opening stands ordinal
    // documents before any of them); none when that document is deleted or another article's.
    private static IReadOnlySet<string> OpeningStems(IndexSearcher searcher, IBits? live, List<RankedPassage> passages, IReadOnlySet<string> questionStems, Analyzer english)
    {
        if (passages.FirstOrDefault(passage => passage.Ordinal == 0) is { } opening)
        {
            return opening.PassageStems;
        }

        var known = passages.FirstOrDefault(passage => passage.Ordinal > 0 && passage.Doc >= passage.Ordinal);
        if (known is null || live?.Get(known.Doc - known.Ordinal) == false)
        {
            return NoStems;
        }

        var document = searcher.Doc(known.Doc - known.Ordinal);
        if (document.GetField(IndexFields.Ordinal)?.GetInt32Value() != 0
            || !string.Equals(document.Get(IndexFields.Id), known.Citation.ArticleId, StringComparison.Ordinal))
        {
            return NoStems;
        }

        return QuestionParser.Tokens(english, document.Get(IndexFields.Text) ?? string.Empty)
            .Select(token => token.Text)
            .Where(questionStems.Contains)
            .ToHashSet(StringComparer.Ordinal);
    }
}
