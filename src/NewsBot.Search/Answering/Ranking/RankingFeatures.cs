namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The features that describe one candidate passage and the sentence it would quote, in the order a trained model
/// reads them. The names are written into the model file, so a model trained on another list is refused.
/// </summary>
internal static class RankingFeatures
{
    public const int Bm25 = 0;
    public const int Bm25Raw = 1;
    public const int Coverage = 2;
    public const int Proximity = 3;
    public const int SentenceScore = 4;
    public const int QuoteCoverage = 5;
    public const int Similarity = 6;
    public const int QuoteSimilarity = 7;
    public const int SimilarityNormalised = 8;
    public const int HasVector = 9;
    public const int QuoteEvidence = 10;
    public const int SentenceEvidence = 11;
    public const int NeighbourEvidence = 12;
    public const int PassageStart = 13;
    public const int IsLede = 14;
    public const int QuoteStart = 15;
    public const int TitleCoverage = 16;
    public const int LedeCoverage = 17;
    public const int AskedPeriod = 18;
    public const int InAskedPeriod = 19;
    public const int SpeakerNamed = 20;
    public const int SpeakerAttributed = 21;
    public const int Kind = 22;
    public const int LexicalScore = 23;
    public const int BlendedScore = 24;
    public const int QuoteChars = 25;
    public const int DenseOnly = 26;
    public const int QuestionTerms = 27;
    public const int ArticlePassages = 28;
    public const int TitleCoverageRank = 29;
    public const int SimilarityMean = 30;
    public const int SimilaritySecond = 31;
    public const int CoverageGap = 32;
    public const int SentenceScoreGap = 33;
    public const int QuoteSimilarityGap = 34;
    public const int PairShare = 35;
    public const int QuotePairShare = 36;
    public const int MissingWeight = 37;
    public const int LexicalRank = 38;
    public const int SimilarityRank = 39;

    /// <summary>The names, index by index, as written into a model file.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bm25", "bm25_raw", "coverage", "proximity", "sentence_score", "quote_coverage", "similarity", "quote_similarity",
        "similarity_normalised", "has_vector", "quote_evidence", "sentence_evidence", "neighbour_evidence", "passage_start",
        "is_lede", "quote_start", "title_coverage", "lede_coverage", "asked_period", "in_asked_period", "speaker_named",
        "speaker_attributed", "kind", "lexical_score", "blended_score", "quote_chars", "dense_only", "question_terms",
        "article_passages", "title_coverage_rank", "similarity_mean", "similarity_second", "coverage_gap",
        "sentence_score_gap", "quote_similarity_gap", "pair_share", "quote_pair_share", "missing_weight", "lexical_rank",
        "similarity_rank",
    ];

    public static int Count => Names.Count;
}
