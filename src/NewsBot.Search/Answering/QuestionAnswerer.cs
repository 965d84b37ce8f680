using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Search.Analysis;
using NewsBot.Search.Answering.Ranking;
using NewsBot.Search.Indexing;
using NewsBot.Search.Vectors;

namespace NewsBot.Search.Answering;

/// <summary>
/// Answers a question from the live index: parse the plain words, retrieve the top passages by BM25 with date and
/// outlet filters (joined, when the generation has sentence vectors, by the passages of the sentences nearest in
/// meaning), re-rank them, and quote the best sentences grouped by article; or say honestly that nothing answers.
/// </summary>
public sealed class QuestionAnswerer : IQuestionAnswerer
{
    private readonly ISearcherLeases _index;
    private readonly SearchOptions _options;
    private readonly TimeProvider _time;
    private readonly QuestionParser _parser = new();
    private readonly PassageRanker _ranker = new();
    private readonly Analyzer _english = NewsAnalyzers.CreateEnglish();
    private readonly ISentenceEmbedder? _embedder;

    /// <summary>
    /// An answerer over <paramref name="index"/>; with <paramref name="embedder"/> (and <see cref="SearchOptions.Semantic"/>
    /// on) it also ranks by the sentence vectors the generation has, embedding each question once; the model is loaded
    /// by the first question asked of a generation that has vectors, never before.
    /// </summary>
    public QuestionAnswerer(ISearcherLeases index, IOptions<SearchOptions> options, TimeProvider time, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _index = index;
        _options = options.Value;
        _time = time;
        _embedder = embedder;
    }

    /// <inheritdoc />
    /// <remarks>
    /// A read that fails inside Lucene (damage found only now) marks that generation damaged and the question is asked
    /// once more of the previous complete generation; a second failure is one <see cref="IOException"/> line.
    /// </remarks>
    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Question);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_index.Read(lease => Answer(request, lease, cancellationToken)));
    }

    /// <summary>
    /// The ranked candidates of <paramref name="request"/> with their features, before the confidence check and the
    /// grouping into an answer: what the ranking model is trained on (tools/NewsBot.RankerTraining). Empty when the
    /// question is rejected, names an unknown word, or asks for a period alone or one the index does not cover.
    /// </summary>
    internal IReadOnlyList<RankedPassage> Candidates(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = _index.AcquireSearcher();
        return Rank(request, lease, cancellationToken).Ranked;
    }

    private Answer Answer(AskRequest request, SearcherLease? lease, CancellationToken cancellationToken)
    {
        var question = request.Question;
        var ranking = Rank(request, lease, cancellationToken);
        if (ranking.Early is { } early)
        {
            return early;
        }

        var searcher = lease!.Value.Searcher;
        var parsed = ranking.Parsed!;
        var minSimilarity = ranking.UsedVector ? _options.MinSimilarity : double.PositiveInfinity;
        Answer Assemble(IReadOnlyList<RankedPassage> ranked, int maxArticles) =>
            AnswerAssembler.Assemble(question, ranked, _options.MinCoverage, maxArticles, minSimilarity);

        var answer = Assemble(ranking.Ranked, request.MaxArticles);
        if (parsed.Speaker.Count > 0 && answer.Outcome == AnswerOutcome.Found)
        {
            // "What did X say" is answered by X's words: articles quoting X lead, and the further pages go on with the
            // rest. Without any of X's words, the passages that name X are quoted under a line saying so (a sentence
            // about X in someone else's mouth is no answer, but it is what the index knows of X); when none names X
            // either, it is not found.
            var speaker = string.Join(' ', parsed.Speaker);
            var own = Assemble([.. ranking.Ranked.Where(passage => passage.SpeakerAttributed)], request.MaxArticles);
            if (own.Outcome == AnswerOutcome.Found)
            {
                // X's words lead: their passages are placed above every other, the outlets still spread over the first page.
                var top = ranking.Ranked.Max(passage => passage.Score) - ranking.Ranked.Min(passage => passage.Score) + 1;
                answer = Assemble([.. ranking.Ranked.Select(passage => passage.SpeakerAttributed ? passage with { Score = passage.Score + top } : passage).OrderByDescending(passage => passage.Score)], request.MaxArticles);
            }
            else if (Assemble([.. ranking.Ranked.Where(passage => passage.SpeakerNamed)], request.MaxArticles) is { Outcome: AnswerOutcome.Found } named)
            {
                answer = named with { UnattributedSpeaker = speaker };
            }
            else
            {
                var silent = new Answer(AnswerOutcome.NotFound, question, [], [.. answer.Articles.Select(group => group.Citation)]);
                return NotFoundExplainer.Explain(CarrierCredits.Fill(searcher, silent), searcher, parsed, request, _time.GetUtcNow(), speaker);
            }
        }

        // A quote at its passage's edge may run on into the passage beside it, before the ledes are placed: a lede is
        // not put above a quote that already holds it.
        answer = BorderQuotes.Extend(searcher, parsed, answer, ranking.Ranked);
        if (parsed.AsksWhatHappened)
        {
            answer = StoryLedes.LeadWithLedes(searcher, parsed, answer, _english);
        }

        answer = CarrierCredits.Fill(searcher, answer);
        return NotFoundExplainer.Explain(answer, searcher, parsed, request, _time.GetUtcNow());
    }

    private Ranking Rank(AskRequest request, SearcherLease? lease, CancellationToken cancellationToken)
    {
        var question = request.Question;
        var searcher = lease?.Searcher;
        var parsed = _parser.Parse(question, _time.GetUtcNow(), useDates: searcher is not null && HasDatedArticles(searcher));
        if (parsed.Problem is { } problem)
        {
            return new Ranking(Core.Answers.Answer.Rejected(question, problem));
        }

        if (searcher is null)
        {
            return new Ranking(new Answer(AnswerOutcome.NotFound, question, [], []));
        }

        var dates = parsed.Dates;
        if (request.Days is { } days)
        {
            var last = DateRange.LastDays(Math.Max(0, days), _time.GetUtcNow());
            dates = dates is { } asked ? asked.Intersect(last) : last;
        }

        if (parsed.PeriodOnly && dates is { } period)
        {
            return new Ranking(NotFoundExplainer.Explain(PeriodAnswers.Answer(searcher, question, period, request.Outlet, request.MaxArticles), searcher, parsed, request, _time.GetUtcNow()));
        }

        if (NotFoundExplainer.Uncovered(searcher, parsed))
        {
            // A period after the newest article: whatever older articles say of it, they cannot tell what happened then.
            return new Ranking(NotFoundExplainer.Explain(new Answer(AnswerOutcome.NotFound, question, [], []), searcher, parsed, request, _time.GetUtcNow()));
        }

        parsed = KeyTerms.Resolve(searcher, parsed);

        // A question about a name the index never saw is not found whatever its meaning matches: no vector needed.
        // One that will use its vector has the model loaded (about a second in a new process) while the words are
        // searched, not after; a question that needs none never loads it (measured: a not-found question's process
        // took 1.6 times the CPU and 345 MB instead of 88 MB when every question loaded it).
        var usesVector = parsed.AbsentTerms.Count == 0 && UsesVectors(lease!.Value);
        if (usesVector)
        {
            _embedder!.Preload();
        }

        // An explicit "last N days" setting is about recency alone, so a year named in the text does not widen it. An
        // asked month or year admits the reports published just after it (DateRange.ReportedIn).
        var filter = PassageQuery.Restrict(searcher, IndexFields.PassageType, request.Outlet, dates?.ReportedIn(), request.Days is null ? parsed.Years : []);
        var hits = searcher.Search(PassageQuery.ForPassages(parsed), filter, _options.Candidates).ScoreDocs;
        cancellationToken.ThrowIfCancellationRequested();
        var vector = usesVector ? new QuestionVector(_embedder!.EmbedQuestion(question, cancellationToken), lease!.Value.Vectors!) : null;
        if (vector is not null)
        {
            hits = DenseCandidates.Add(searcher, filter, hits, vector, _options.VectorCandidates);
        }

        var model = _options.LearnedRanking ? RankingModels.Learned : null;
        return new Ranking(parsed, _ranker.Rank(parsed, searcher, hits, vector, _options.SemanticWeight, model), vector is not null);
    }

    /// <summary>A question ranked: its parse, its candidates best first and whether its vector ranked them; or the answer given before ranking.</summary>
    private sealed record Ranking(ParsedQuestion? Parsed, List<RankedPassage> Ranked, bool UsedVector)
    {
        public Ranking(Answer early)
            : this(null, [], false) => Early = early;

        public Answer? Early { get; }
    }

    // Vectors are used when they are switched on and the generation has some of the configured model's; until then
    // (or with them off) the question is answered on its words alone, no model is loaded, and the generation's vector
    // file is never read (the switch is looked at first).
    private bool UsesVectors(SearcherLease lease) =>
        _options.Semantic && _embedder is not null && lease.Vectors is { Count: > 0 } rows && rows.IsOf(_embedder);

    // Date words only filter when some article has a date; in an undated corpus "in 1995" is just words.
    private static bool HasDatedArticles(IndexSearcher searcher) => searcher.IndexReader.GetDocCount(IndexFields.Published) > 0;
}
