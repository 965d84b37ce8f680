namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The features that describe one candidate passage against the other candidates of its own article, for choosing
/// which of them leads the article (<see cref="ArticleLeads"/>, the lead model <c>lead-model.json</c>). On the
/// training questions the first article was the right one far more often than its first quote: in 100 of 147 wrong
/// first quotes another candidate passage of that very article held the answer. The passage ranker's features say how
/// well a passage matches the question; inside one article every passage shares the topic, so what tells the answer
/// apart is how it stands against its siblings and whether it holds the question's words that the headline and the
/// lede do not (the detail asked about, not the topic).
/// </summary>
internal static class LeadFeatures
{
    // The passage features compared with the article's best (the same signals as a gap: LambdaMART reads one row at a
    // time, so "the best of its article" has to be in the row).
    private static readonly int[] Compared =
    [
        RankingFeatures.BlendedScore, RankingFeatures.QuoteEvidence, RankingFeatures.QuoteSimilarity, RankingFeatures.QuoteCoverage,
        RankingFeatures.QuotePairShare, RankingFeatures.SentenceScore, RankingFeatures.LexicalScore, RankingFeatures.Similarity,
        RankingFeatures.Coverage, RankingFeatures.Proximity,
    ];

    private static readonly int Own = RankingFeatures.Count;
    private static readonly int OffHeadline = Own;
    private static readonly int OffLede = Own + 1;
    private static readonly int OffHeadlineCount = Own + 2;
    private static readonly int OffHeadlineHeld = Own + 3;
    private static readonly int NoneOffLede = Own + 4;
    private static readonly int Gaps = Own + 5;
    private static readonly int OffHeadlineGap = Gaps + Compared.Length;
    private static readonly int OffLedeGap = OffHeadlineGap + 1;
    private static readonly int RankInArticle = OffLedeGap + 1;
    private static readonly int ArticleCandidates = RankInArticle + 1;
    private static readonly int Hand = ArticleCandidates + 1;
    private static readonly int HandGap = Hand + 1;

    /// <summary>The names, index by index, as written into a model file: the passage features first, in their order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        .. RankingFeatures.Names,
        "off_headline_share", "off_lede_share", "off_headline_terms", "off_headline_held", "none_off_lede",
        .. Compared.Select(index => RankingFeatures.Names[index] + "_article_gap"),
        "off_headline_share_article_gap", "off_lede_share_article_gap", "rank_in_article", "article_candidates",
        "hand_lead", "hand_lead_gap",
    ];

    public static int Count => Names.Count;

    /// <summary>True when <paramref name="row"/> was filled (its article has two candidates or more); else all zeros.</summary>
    public static bool Describes(float[] row) => row.Length == Count && row[ArticleCandidates] > 0;

    /// <summary>
    /// One row per passage of one article's candidates (<paramref name="passages"/>), each passage's features completed
    /// (<see cref="CandidateFeatures"/>). <paramref name="questionStems"/> are the question's weighted stems,
    /// <paramref name="headlineStems"/> and <paramref name="ledeStems"/> those of them the article's headline and
    /// opening passage hold; <paramref name="evidenceWeight"/> makes the hand-set lead score (blended score plus that
    /// much of the quote's answer evidence), itself a feature.
    /// </summary>
    public static float[][] Of(
        IReadOnlyList<RankedPassage> passages,
        IReadOnlyCollection<string> questionStems,
        IReadOnlySet<string> headlineStems,
        IReadOnlySet<string> ledeStems,
        double evidenceWeight)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var offHeadline = questionStems.Where(stem => !headlineStems.Contains(stem)).ToList();
        var offLede = offHeadline.Where(stem => !ledeStems.Contains(stem)).ToList();
        var rows = new float[passages.Count][];
        for (var p = 0; p < passages.Count; p++)
        {
            var features = passages[p].Features;
            var row = new float[Count];
            Array.Copy(features, row, RankingFeatures.Count);
            var held = passages[p].QuoteStems;
            var offHeadlineHeld = offHeadline.Count(held.Contains);
            row[OffHeadline] = Share(offHeadlineHeld, offHeadline.Count);
            row[OffLede] = Share(offLede.Count(held.Contains), offLede.Count);
            row[OffHeadlineCount] = offHeadline.Count;
            row[OffHeadlineHeld] = offHeadlineHeld;
            row[NoneOffLede] = offLede.Count == 0 ? 1 : 0;
            row[Hand] = (float)(features[RankingFeatures.BlendedScore] + (evidenceWeight * features[RankingFeatures.QuoteEvidence]));
            rows[p] = row;
        }

        for (var c = 0; c < Compared.Length; c++)
        {
            var best = passages.Max(passage => passage.Features[Compared[c]]);
            for (var p = 0; p < passages.Count; p++)
            {
                rows[p][Gaps + c] = passages[p].Features[Compared[c]] - best;
            }
        }

        GapTo(rows, OffHeadline, OffHeadlineGap);
        GapTo(rows, OffLede, OffLedeGap);
        GapTo(rows, Hand, HandGap);
        var byScore = Enumerable.Range(0, passages.Count).OrderByDescending(p => passages[p].Features[RankingFeatures.BlendedScore]).ToList();
        for (var rank = 0; rank < byScore.Count; rank++)
        {
            rows[byScore[rank]][RankInArticle] = rank;
            rows[byScore[rank]][ArticleCandidates] = passages.Count;
        }

        return rows;
    }

    private static float Share(int held, int of) => of == 0 ? 0 : (float)held / of;

    private static void GapTo(float[][] rows, int feature, int gap)
    {
        var best = rows.Max(row => row[feature]);
        foreach (var row in rows)
        {
            row[gap] = row[feature] - best;
        }
    }
}
