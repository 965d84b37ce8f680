using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Search.Analysis;
using NewsBot.Search.Answering.Ranking;
using NewsBot.Search.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Answering;

/// <summary>
/// Re-ranks the candidate passages (BM25's top ones, joined by the passages of the sentences nearest the question's
/// vector) by how well they cover the question (IDF-weighted share of its terms), how close together the matched
/// terms stand, and the BM25 score, then by the learned model when one is loaded; and picks each passage's best one or
/// two sentences.
/// </summary>
internal sealed class PassageRanker
{
    // Weights of the re-rank signals, measured on SQuAD v1.1 dev (see the evaluation test): coverage and the best
    // sentence's coverage carry most; BM25 breaks ties between equally covering passages; proximity helps a little.
    private const double CoverageWeight = 0.45;
    private const double ProximityWeight = 0.05;
    private const double Bm25Weight = 0.2;
    private const double SentenceWeight = 0.25;
    private const double PhraseBonus = 1.5;

    // Within an article, a passage whose quote answers gains up to this much when the article's lead is chosen
    // (ArticleLeads; measured as above).
    private const double LeadEvidenceWeight = 0.6;

    private readonly Analyzer _english = NewsAnalyzers.CreateEnglish();
    private readonly Analyzer _exact = NewsAnalyzers.CreateExact();

    /// <summary>
    /// Re-ranks <paramref name="hits"/> for <paramref name="question"/>, best first; with <paramref name="vector"/>,
    /// each sentence's cosine with the question joins the choice of the quote and the passage's score.
    /// </summary>
    public List<RankedPassage> Rank(ParsedQuestion question, IndexSearcher searcher, ScoreDoc[] hits, QuestionVector? vector = null, double semanticWeight = 0, TreeEnsemble? model = null)
    {
        if (hits.Length == 0)
        {
            return [];
        }

        var weights = TermWeights(question, searcher.IndexReader);
        var phraseWeights = question.Phrases
            .Select(phrase => PhraseBonus * phrase.Sum(word => question.Terms.FirstOrDefault(term => term.Exact == word) is { } term ? weights.GetValueOrDefault(term.Stem) : 0))
            .ToList();
        var total = weights.Values.Sum() + phraseWeights.Sum();
        if (total <= 0)
        {
            return [];
        }

        var maxBm25 = hits.Max(hit => hit.Score);
        var titles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var pairs = PhraseOverlap.PairsOf(question);
        var indexed = IndexedMatches.Find(searcher.IndexReader, hits, weights.Keys);
        var candidates = hits.Select((hit, i) =>
        {
            var document = searcher.Doc(hit.Doc);
            var text = document.Get(IndexFields.Text) ?? string.Empty;
            var matches = indexed[i] ?? QuestionParser.Tokens(_english, text).Where(token => weights.ContainsKey(token.Text)).ToList();
            return (Document: document, Doc: hit.Doc, Text: text, Matches: matches, Bm25: maxBm25 > 0 ? hit.Score / maxBm25 : 0, Raw: (double)hit.Score);
        }).ToList();

        // "What did X say": X as each article titles X too ("the president"), read from the article's candidates.
        var speakers = candidates.GroupBy(candidate => StoredCitation.Read(candidate.Document).ArticleId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => SpeakerAttribution.WithTitles(question.Speaker, group.Select(candidate => candidate.Text)), StringComparer.Ordinal);
        var ranked = new List<(RankedPassage Passage, double Evidence)>(hits.Length);
        foreach (var candidate in candidates)
        {
            var title = candidate.Document.Get(IndexFields.TitleDisplay) ?? string.Empty;
            if (!titles.TryGetValue(title, out var titleStems))
            {
                titleStems = QuestionParser.Tokens(_english, title).Select(token => token.Text).Where(weights.ContainsKey).ToHashSet(StringComparer.Ordinal);
                titles[title] = titleStems;
            }

            var context = new MatchContext(weights, phraseWeights, total, titleStems, vector, pairs);
            var speaker = speakers[StoredCitation.Read(candidate.Document).ArticleId];
            ranked.Add(Score(question, candidate.Document, candidate.Doc, candidate.Text, candidate.Matches, context, candidate.Bm25, candidate.Raw, speaker));
        }

        // Vectors blend into every passage's score first; then each article is quoted from its most answering passage.
        var blended = SemanticBlend.Apply([.. ranked.Select(pair => pair.Passage)], vector is null ? 0 : semanticWeight);
        CandidateFeatures.Complete(blended);
        // Described whichever ranking is used: the training tool reads the lead rows from the hand-set ranking.
        LeadChoice.Describe(searcher, blended, weights.Keys.ToHashSet(StringComparer.Ordinal), _english, LeadEvidenceWeight);
        if (model is not null)
        {
            // The learned model places the articles, and the lead model (trained on news questions alone: the passage
            // model, trained mostly on one-paragraph SQuAD articles, led news stories with their topic sentence) chooses
            // which of an article's passages leads it; without a lead model, the hand-set choice does (its blended score
            // plus its quote's answer evidence).
            // A question asking what happened about a topic keeps the hand-set lead: the lead model, which reads the
            // question's words off the headline and opening, led such a story by an opening that does not name the
            // topic at all ("On October 14, voters will be heading to the polls"; StoryLedeTests), which the story-lede
            // rule had been limited to avoid.
            var leads = !question.AsksWhatHappened && RankingModels.Leads is { } leadModel ? blended.Select(passage => LeadFeatures.Describes(passage.LeadRow) ? leadModel.Score(passage.LeadRow) : 0).ToList() : null;
            return ArticleLeads.AnswerFirst([.. blended.Zip(ranked, (passage, pair) => (passage, pair.Evidence))], LeadEvidenceWeight, [.. blended.Select(passage => model.Score(passage.Features))], leads);
        }

        return ArticleLeads.AnswerFirst([.. blended.Zip(ranked, (passage, pair) => (passage, pair.Evidence))], LeadEvidenceWeight);
    }

    // Content weight times IDF in the passage text field. Question words are not what the asker wants found, so they
    // count neither for coverage nor for highlights (nor are they searched: PassageQuery leaves them out).
    private static Dictionary<string, double> TermWeights(ParsedQuestion question, IndexReader reader)
    {
        var documents = Math.Max(1, reader.GetDocCount(IndexFields.Text));
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in question.Terms.Where(term => term.Weight >= 1))
        {
            var frequency = reader.DocFreq(new Term(IndexFields.Text, term.Stem));
            var idf = Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
            weights[term.Stem] = term.Weight * idf;
        }

        return weights;
    }

    private (RankedPassage Passage, double Evidence) Score(ParsedQuestion question, Document document, int doc, string text, List<AnalyzedToken> matches, MatchContext context, double bm25, double rawBm25, IReadOnlyList<string> speaker)
    {
        var passageStart = document.GetField(IndexFields.PassageStart)?.GetInt32Value() ?? 0;
        var phraseMatches = FindPhrases(question, text);
        var coverage = context.Coverage(matches, phraseMatches);
        var proximity = TermProximity.Of(matches);

        var sentences = QuoteSentences.Of(document, passageStart, text.Length);
        var similarities = context.Vector is { } vector
            ? sentences.Select(sentence => vector.SimilarityTo(SentenceKey.Of(text.AsSpan(sentence.Start, sentence.End - sentence.Start)))).ToArray()
            : null;
        var evidence = sentences.Select(sentence => AnswerEvidence.In(question, text, sentence.Start, sentence.End)).ToList();
        var attributed = SpeakerAttribution.InPassage(text, sentences, speaker);
        var choice = QuoteSentences.Choose(question, text, sentences, matches, phraseMatches, context, evidence.Select(found => found.Strength).ToList(), similarities, attributed, passageStart, RankingModels.Sentences);
        var (first, last) = (choice.First, choice.Last);
        var quoteStart = sentences[first].Start;
        var quoteEnd = sentences[last].End;
        var quoteText = text[quoteStart..quoteEnd];
        var highlights = AnsweringWords(evidence, first, last, matches, phraseMatches)
            .Where(span => span.Start >= quoteStart && span.End <= quoteEnd)
            .Select(span => new TextSpan(span.Start - quoteStart, span.End - span.Start))
            .ToList();

        var score = (CoverageWeight * coverage) + (ProximityWeight * proximity) + (Bm25Weight * bm25) + (SentenceWeight * choice.Coverage);
        var quote = new Quote(quoteText, new TextSpan(passageStart + quoteStart, quoteEnd - quoteStart), HighlightRuns.Merge(highlights, quoteText, quoteText.Length), score);
        var similarity = similarities?.Max(value => value ?? double.MinValue) is { } best && best > double.MinValue ? best : (double?)null;
        var quoteEvidence = evidence.Skip(first).Take(last - first + 1).Max(found => found.Strength);
        var quoteAttributed = attributed.Skip(first).Take(last - first + 1).Any(found => found);

        var features = new float[RankingFeatures.Count];
        features[RankingFeatures.Bm25] = (float)bm25;
        features[RankingFeatures.Bm25Raw] = (float)Math.Log(1 + rawBm25);
        features[RankingFeatures.Coverage] = (float)coverage;
        features[RankingFeatures.Proximity] = (float)proximity;
        features[RankingFeatures.SentenceScore] = (float)choice.Coverage;
        features[RankingFeatures.QuoteCoverage] = (float)choice.Lexical;
        features[RankingFeatures.Similarity] = (float)(similarity ?? 0);
        features[RankingFeatures.QuoteSimilarity] = (float)(similarities?[choice.Best] ?? 0);
        features[RankingFeatures.HasVector] = similarity is null ? 0 : 1;
        features[RankingFeatures.QuoteEvidence] = (float)quoteEvidence;
        features[RankingFeatures.SentenceEvidence] = (float)evidence[choice.Best].Strength;
        features[RankingFeatures.NeighbourEvidence] = (float)Math.Max(
            choice.Best > 0 ? evidence[choice.Best - 1].Strength : 0,
            choice.Best + 1 < evidence.Count ? evidence[choice.Best + 1].Strength : 0);
        features[RankingFeatures.PassageStart] = (float)Math.Log(1 + passageStart);
        features[RankingFeatures.IsLede] = passageStart == 0 ? 1 : 0;
        features[RankingFeatures.QuoteStart] = (float)Math.Log(1 + passageStart + quoteStart);
        features[RankingFeatures.TitleCoverage] = (float)context.TitleCoverage();
        features[RankingFeatures.SpeakerNamed] = question.Speaker.Count > 0 ? 1 : 0;
        features[RankingFeatures.SpeakerAttributed] = quoteAttributed ? 1 : 0;
        features[RankingFeatures.Kind] = (float)question.Kind;
        features[RankingFeatures.LexicalScore] = (float)score;
        features[RankingFeatures.QuoteChars] = quoteText.Length;
        features[RankingFeatures.DenseOnly] = rawBm25 <= 0 ? 1 : 0;
        features[RankingFeatures.QuestionTerms] = context.Weights.Count;
        var (asked, inPeriod) = DateFit.Of(question, StoredCitation.Read(document).Published);
        features[RankingFeatures.AskedPeriod] = asked ? 1 : 0;
        features[RankingFeatures.InAskedPeriod] = inPeriod ? 1 : 0;
        var known = similarities?.Where(value => value is not null).Select(value => value!.Value).OrderDescending().ToList() ?? [];
        features[RankingFeatures.SimilarityMean] = known.Count == 0 ? 0 : (float)known.Average();
        features[RankingFeatures.SimilaritySecond] = known.Count == 0 ? 0 : (float)known[Math.Min(1, known.Count - 1)];
        features[RankingFeatures.PairShare] = (float)PhraseOverlap.Share(context.Pairs, matches);
        features[RankingFeatures.QuotePairShare] = (float)PhraseOverlap.Share(context.Pairs, matches, quoteStart, quoteEnd);
        features[RankingFeatures.MissingWeight] = (float)context.MissingWeight(matches);

        var passage = new RankedPassage(StoredCitation.Read(document), quote, coverage, score)
        {
            LexicalScore = score,
            Similarity = similarity,
            Evidence = quoteEvidence,
            SpeakerAttributed = quoteAttributed,
            SpeakerNamed = SpeakerAttribution.Names(text, question.Speaker),
            Doc = doc,
            QuoteOpensPassage = first == last && text.AsSpan(0, quoteStart).IsWhiteSpace(),
            QuoteClosesPassage = first == last && text.AsSpan(quoteEnd).IsWhiteSpace(),
            Sentences = choice.SentenceRows.Length == 0 ? [] : [.. sentences.Select((sentence, i) => new SentenceRow(text, sentence.Start, sentence.End, choice.SentenceRows[i]))],
            Features = features,
            LeadRow = new float[LeadFeatures.Count],
            Ordinal = document.GetField(IndexFields.Ordinal)?.GetInt32Value() ?? -1,
            PassageStems = matches.Select(match => match.Text).ToHashSet(StringComparer.Ordinal),
            QuoteStems = matches.Where(match => match.Start >= quoteStart && match.End <= quoteEnd).Select(match => match.Text).ToHashSet(StringComparer.Ordinal),
            HeadlineStems = context.TitleStems,
        };
        return (passage, quoteEvidence);
    }

    // The words to bold: those that answer (the date, the number, the reason) where the quote has them, else the
    // question's words it matched.
    private static IEnumerable<(int Start, int End)> AnsweringWords(
        List<AnswerEvidence.Found> evidence,
        int first,
        int last,
        List<AnalyzedToken> matches,
        List<(int Index, int Start, int End)> phraseMatches)
    {
        var answering = evidence.Skip(first).Take(last - first + 1).SelectMany(found => found.Spans).Select(span => (span.Start, span.End)).ToList();
        return answering.Count > 0
            ? answering
            : matches.Select(match => (match.Start, match.End)).Concat(phraseMatches.Select(match => (match.Start, match.End)));
    }

    private List<(int Index, int Start, int End)> FindPhrases(ParsedQuestion question, string text)
    {
        if (question.Phrases.Count == 0)
        {
            return [];
        }

        var tokens = QuestionParser.Tokens(_exact, text);
        var found = new List<(int, int, int)>();
        for (var p = 0; p < question.Phrases.Count; p++)
        {
            var phrase = question.Phrases[p];
            for (var i = 0; i + phrase.Count <= tokens.Count; i++)
            {
                var all = true;
                for (var j = 0; j < phrase.Count && all; j++)
                {
                    all = tokens[i + j].Text == phrase[j];
                }

                if (all)
                {
                    found.Add((p, tokens[i].Start, tokens[i + phrase.Count - 1].End));
                }
            }
        }

        return found;
    }
}
