namespace NewsBot.Search.Answering.Ranking;

/// <summary>
/// The features that describe one sentence of a candidate passage for choosing which sentence is quoted, in the order
/// the sentence model (<c>sentence-model.json</c>, <see cref="RankingModels.Sentences"/>) reads them. The passage
/// ranker (<see cref="RankingFeatures"/>) places articles; this chooses the sentence inside the passage, where SQuAD's
/// right passage often still gave a sentence without the answer.
/// </summary>
internal static class SentenceFeatures
{
    public const int Coverage = 0;
    public const int OwnCoverage = 1;
    public const int CoverageGap = 2;
    public const int Evidence = 3;
    public const int Similarity = 4;
    public const int SimilarityGap = 5;
    public const int HasVector = 6;
    public const int Index = 7;
    public const int FromEnd = 8;
    public const int ArticleOffset = 9;
    public const int Chars = 10;
    public const int PreviousCoverage = 11;
    public const int NextCoverage = 12;
    public const int PreviousEvidence = 13;
    public const int NextEvidence = 14;
    public const int Kind = 15;
    public const int Attributed = 16;
    public const int Digits = 17;
    public const int Capitalised = 18;
    public const int Quotation = 19;
    public const int PairShare = 20;
    public const int PairShareGap = 21;
    public const int QuestionWords = 22;

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    /// <summary>The names, index by index, as written into a model file.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "coverage", "own_coverage", "coverage_gap", "evidence", "similarity", "similarity_gap", "has_vector", "index",
        "from_end", "article_offset", "chars", "previous_coverage", "next_coverage", "previous_evidence", "next_evidence",
        "kind", "attributed", "digits", "capitalised", "quotation", "pair_share", "pair_share_gap", "question_words",
    ];

    public static int Count => Names.Count;

    /// <summary>
    /// One row per sentence. <paramref name="coverage"/> is the hand-set choice's lexical coverage (headline terms
    /// credited), <paramref name="ownCoverage"/> the share of the question's weight in the sentence's own words,
    /// <paramref name="pairShares"/> the share of the question's word pairs it repeats side by side (<see cref="PhraseOverlap"/>),
    /// <paramref name="questionWords"/> how many content words the question has (a bare topic is best answered by the
    /// article's opening, a long question by the sentence that restates it).
    /// </summary>
    public static float[][] Of(
        QuestionKind kind,
        string text,
        IReadOnlyList<(int Start, int End)> sentences,
        int passageStart,
        IReadOnlyList<double> coverage,
        IReadOnlyList<double> ownCoverage,
        IReadOnlyList<double> pairShares,
        IReadOnlyList<double> evidence,
        double?[]? similarities,
        IReadOnlyList<bool> attributed,
        int questionWords)
    {
        var bestOwn = ownCoverage.Max();
        var bestPairs = pairShares.Max();
        var bestSimilarity = similarities?.Max(value => value ?? double.MinValue) is { } top && top > double.MinValue ? top : 0;
        var rows = new float[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = text.AsSpan(sentences[i].Start, sentences[i].End - sentences[i].Start);
            var similarity = similarities?[i];
            var row = new float[Count];
            row[Coverage] = (float)coverage[i];
            row[OwnCoverage] = (float)ownCoverage[i];
            row[CoverageGap] = (float)(bestOwn - ownCoverage[i]);
            row[Evidence] = (float)evidence[i];
            row[Similarity] = (float)(similarity ?? 0);
            row[SimilarityGap] = similarity is { } value ? (float)(bestSimilarity - value) : 0;
            row[HasVector] = similarity is null ? 0 : 1;
            row[Index] = i;
            row[FromEnd] = sentences.Count - 1 - i;
            row[ArticleOffset] = (float)Math.Log(1 + passageStart + sentences[i].Start);
            row[Chars] = (float)Math.Log(1 + sentence.Length);
            row[PreviousCoverage] = i > 0 ? (float)ownCoverage[i - 1] : -1;
            row[NextCoverage] = i + 1 < sentences.Count ? (float)ownCoverage[i + 1] : -1;
            row[PreviousEvidence] = i > 0 ? (float)evidence[i - 1] : -1;
            row[NextEvidence] = i + 1 < sentences.Count ? (float)evidence[i + 1] : -1;
            row[Kind] = (float)kind;
            row[Attributed] = attributed[i] ? 1 : 0;
            var (digits, capitalised) = DigitsAndCapitals(sentence);
            row[Digits] = digits;
            row[Capitalised] = capitalised;
            row[Quotation] = sentence.IndexOfAny(QuotationMarks) >= 0 ? 1 : 0;
            row[PairShare] = (float)pairShares[i];
            row[PairShareGap] = (float)(bestPairs - pairShares[i]);
            row[QuestionWords] = questionWords;
            rows[i] = row;
        }

        return rows;
    }

    // Numbers answer "how many" and "when"; capitalised words after a sentence's first are names, places and titles.
    // Counted in one pass without regular expressions: every sentence of every candidate is described on every question.
    private static (int Digits, int Capitalised) DigitsAndCapitals(ReadOnlySpan<char> sentence)
    {
        var (digits, capitalised) = (0, 0);
        var firstWord = true;
        for (var i = 0; i < sentence.Length; i++)
        {
            var previous = i > 0 ? sentence[i - 1] : ' ';
            if (char.IsDigit(sentence[i]) && !char.IsDigit(previous))
            {
                digits++;
            }

            if (char.IsWhiteSpace(previous) && !char.IsWhiteSpace(sentence[i]))
            {
                if (!firstWord && char.IsUpper(sentence[i]) && i + 1 < sentence.Length && char.IsLower(sentence[i + 1]))
                {
                    capitalised++;
                }

                firstWord = false;
            }
        }

        return (digits, capitalised);
    }
}
