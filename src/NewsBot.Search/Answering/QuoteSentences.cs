using Lucene.Net.Documents;
using NewsBot.Search.Answering.Ranking;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Which sentences of a passage its quote is: the best one for the question, and the neighbour beside it when that
/// one holds the answer or adds matched words. <see cref="PassageRanker"/> scores the passages and asks this for each quote.
/// </summary>
internal static class QuoteSentences
{
    // A sentence holding the sort of answer the question asks for (AnswerEvidence, 0 to 1) gains up to this much
    // coverage when the passage's quote is chosen (measured on the Wikinews questions and SQuAD: see the
    // benchmarks README); moderate, so a sentence that only holds a date never beats one about the question.
    private const double EvidenceWeight = 0.5;

    // A neighbouring sentence joins the quote when it adds at least this much coverage.
    private const double ExtendGain = 0.05;

    // How much a sentence's cosine with the question counts beside its lexical coverage when the quote is chosen.
    private const double SentenceSimilarityWeight = 1.0;

    // For "what did X say", a sentence giving words to X outweighs any other sentence of its passage.
    private const double SpeakerWeight = 2.0;

    // The same for the sentence model's scores, whose scale is its own: X's words always win.
    private const double SpeakerModelWeight = 1000;

    // A quote of more than this many characters is not extended by a second sentence.
    public const int MaxQuoteChars = 500;

    // Passage-relative sentence spans, clipped to the passage; a passage without sentences is one sentence.
    public static List<(int Start, int End)> Of(Document document, int passageStart, int length)
    {
        var sentences = ArticleDocuments.DecodeSpans(document.Get(IndexFields.Sentences))
            .Select(span => (Start: Math.Clamp(span.Start - passageStart, 0, length), End: Math.Clamp(span.End - passageStart, 0, length)))
            .Where(span => span.End > span.Start)
            .ToList();
        return sentences.Count > 0 ? sentences : [(0, length)];
    }

    /// <summary>
    /// The sentences to quote: the one that best covers the question (its meaning and, for "what did X say", X's words
    /// counting too), as the sentence model scores it when one is given, else by the hand-set sum; the sentence before
    /// joins when the chosen one points back at it (<see cref="BackReference"/>); otherwise a neighbour joins when it
    /// holds firmer evidence of the asked kind or adds matched words, never when the sentence alone answers, and never
    /// past <see cref="MaxQuoteChars"/>.
    /// </summary>
    public static QuoteChoice Choose(
        ParsedQuestion question,
        string text,
        List<(int Start, int End)> sentences,
        List<AnalyzedToken> matches,
        List<(int Index, int Start, int End)> phraseMatches,
        MatchContext context,
        List<double> answerEvidence,
        double?[]? similarities,
        List<bool> attributed,
        int passageStart = 0,
        TreeEnsemble? sentenceModel = null)
    {
        double LexicalOf(int first, int last)
        {
            var (start, end) = (sentences[first].Start, sentences[last].End);
            var inside = matches.Where(match => match.Start >= start && match.End <= end).ToList();
            var phrases = phraseMatches.Where(match => match.Start >= start && match.End <= end).ToList();
            return context.Coverage(inside, phrases) + (0.1 * TermProximity.Of(inside));
        }

        double CoverageOf(int first, int last) =>
            LexicalOf(first, last) + (EvidenceWeight * answerEvidence.Skip(first).Take(last - first + 1).Max());

        var lexical = Enumerable.Range(0, sentences.Count).Select(i => LexicalOf(i, i)).ToList();

        // A passage of one sentence has no choice to make (and teaches the sentence model nothing): no features.
        float[][] rows = [];
        if (sentences.Count > 1)
        {
            var own = sentences.Select(sentence => context.OwnCoverage(matches.Where(match => match.Start >= sentence.Start && match.End <= sentence.End))).ToList();
            var pairs = sentences.Select(sentence => PhraseOverlap.Share(context.Pairs, matches, sentence.Start, sentence.End)).ToList();
            rows = SentenceFeatures.Of(question.Kind, text, sentences, passageStart, lexical, own, pairs, answerEvidence, similarities, attributed, context.Weights.Count);
        }

        var best = 0;
        var bestCoverage = double.MinValue;
        var bestChoice = double.MinValue;
        for (var i = 0; i < sentences.Count; i++)
        {
            // The sentence that means what the question asks can beat one that merely repeats its words; for "what
            // did X say", words given to X beat words given to anyone else.
            var coverage = lexical[i] + (EvidenceWeight * answerEvidence[i]);
            var choice = sentenceModel is not null && rows.Length > 0
                ? sentenceModel.Score(rows[i]) + (attributed[i] ? SpeakerModelWeight : 0)
                : coverage + (SentenceSimilarityWeight * (similarities?[i] ?? 0)) + (attributed[i] ? SpeakerWeight : 0);
            if (choice > bestChoice)
            {
                (best, bestCoverage, bestChoice) = (i, coverage, choice);
            }
        }

        // A neighbour may join only when the quote stays short enough to read at a glance and nothing unquotable (a
        // caption left out of the sentences) stands between them.
        bool Joinable(int from, int to) => from >= 0 && to < sentences.Count && sentences[to].End - sentences[from].Start <= MaxQuoteChars
            && string.IsNullOrWhiteSpace(text[sentences[from].End..sentences[to].Start]);

        // The rules shared with quotes that run on into the next passage (NeighbourJoin): a sentence pointing back,
        // words running over two sentences, a neighbour holding firmer answer evidence; or the sentence alone answers.
        var bestText = text.AsSpan(sentences[best].Start, sentences[best].End - sentences[best].Start);
        double Weighed(int i) => NeighbourJoin.Weighed(question, text, sentences[i].Start, sentences[i].End, answerEvidence[i]);
        double? before = Joinable(best - 1, best) ? Weighed(best - 1) : null;
        double? after = Joinable(best, best + 1) ? Weighed(best + 1) : null;
        switch (NeighbourJoin.Pick(question.Kind, bestText, Weighed(best), before, after))
        {
            case Join.Before:
                return new QuoteChoice(best - 1, best, best, Math.Min(1, bestCoverage), LexicalOf(best - 1, best), rows);
            case Join.After:
                return new QuoteChoice(best, best + 1, best, Math.Min(1, bestCoverage), LexicalOf(best, best + 1), rows);
            case Join.Alone:
                return new QuoteChoice(best, best, best, Math.Min(1, bestCoverage), LexicalOf(best, best), rows);
        }

        var (first, last, quoteCoverage) = (best, best, bestCoverage);

        // Otherwise a neighbour joins when it adds matched words.
        foreach (var (from, to) in new[] { (best - 1, best), (best, best + 1) })
        {
            if (!Joinable(from, to))
            {
                continue;
            }

            var coverage = CoverageOf(from, to);
            if (coverage > quoteCoverage + ExtendGain)
            {
                (first, last, quoteCoverage) = (from, to, coverage);
            }
        }

        return new QuoteChoice(first, last, best, Math.Min(1, bestCoverage), LexicalOf(first, last), rows);
    }
}

/// <summary>
/// The quoted sentences [First, Last], the best single sentence among them, its score, the quote's lexical coverage, and
/// every sentence's <see cref="SentenceFeatures"/> (what the sentence model is trained on).
/// </summary>
internal readonly record struct QuoteChoice(int First, int Last, int Best, double Coverage, double Lexical, float[][] SentenceRows);
