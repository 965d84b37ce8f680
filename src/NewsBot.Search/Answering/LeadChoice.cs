using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
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

    // Only what tells whether a document opens the article: the stored text is not decompressed into strings.
    private static readonly ISet<string> OpeningFields = new HashSet<string>(StringComparer.Ordinal) { IndexFields.Id, IndexFields.Ordinal };

    /// <summary>
    /// Fills <see cref="RankedPassage.LeadRow"/> of every passage whose article has two candidates or more in
    /// <paramref name="blended"/> (features completed); an article with one has no choice to make.
    /// </summary>
    public static void Describe(IndexSearcher searcher, IReadOnlyList<RankedPassage> blended, IReadOnlySet<string> questionStems, Analyzer english, double evidenceWeight)
    {
        ArgumentNullException.ThrowIfNull(searcher);
        ArgumentNullException.ThrowIfNull(blended);
        var articles = blended.GroupBy(passage => passage.Citation.ArticleId, StringComparer.Ordinal)
            .Select(group => group.ToList())
            .Where(passages => passages.Count > 1)
            .ToList();
        if (articles.Count == 0)
        {
            return;
        }

        var openings = OpeningStems(searcher, articles, questionStems, english);
        for (var a = 0; a < articles.Count; a++)
        {
            var passages = articles[a];
            var rows = LeadFeatures.Of(passages, questionStems, passages[0].HeadlineStems, openings[a], evidenceWeight);
            for (var i = 0; i < passages.Count; i++)
            {
                Array.Copy(rows[i], passages[i].LeadRow, rows[i].Length);
            }
        }
    }

    // The question's stems in each article's opening passage: a candidate's own when the opening is one, else read from
    // the document an article's block starts with (its passages are written together, so the opening stands ordinal
    // documents before any of them), its stems from the postings of all such openings at once; none when that document
    // is deleted or another article's.
    private static IReadOnlySet<string>[] OpeningStems(IndexSearcher searcher, List<List<RankedPassage>> articles, IReadOnlySet<string> questionStems, Analyzer english)
    {
        var stems = new IReadOnlySet<string>[articles.Count];
        var toRead = new List<(int Article, int Doc)>();
        var live = MultiFields.GetLiveDocs(searcher.IndexReader);
        for (var a = 0; a < articles.Count; a++)
        {
            stems[a] = NoStems;
            if (articles[a].FirstOrDefault(passage => passage.Ordinal == 0) is { } opening)
            {
                stems[a] = opening.PassageStems;
                continue;
            }

            if (articles[a].FirstOrDefault(passage => passage.Ordinal > 0 && passage.Doc >= passage.Ordinal) is { } known
                && ArticleBlocks.Passage(searcher, live, known.Doc - known.Ordinal, known.Citation.ArticleId, 0, OpeningFields) is not null)
            {
                toRead.Add((a, known.Doc - known.Ordinal));
            }
        }

        if (toRead.Count == 0)
        {
            return stems;
        }

        var found = IndexedMatches.Find(searcher.IndexReader, [.. toRead.Select(entry => new ScoreDoc(entry.Doc, 0))], questionStems);
        for (var i = 0; i < toRead.Count; i++)
        {
            // A generation indexed without offsets has no positions to read: its opening is analysed again.
            var tokens = found[i] ?? QuestionParser.Tokens(english, searcher.Doc(toRead[i].Doc).Get(IndexFields.Text) ?? string.Empty);
            stems[toRead[i].Article] = tokens.Select(token => token.Text).Where(questionStems.Contains).ToHashSet(StringComparer.Ordinal);
        }

        return stems;
    }
}
