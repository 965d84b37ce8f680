using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
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

    private Answer Answer(AskRequest request, SearcherLease? lease, CancellationToken cancellationToken)
    {
        var question = request.Question;
        var searcher = lease?.Searcher;
        var parsed = _parser.Parse(question, _time.GetUtcNow(), useDates: searcher is not null && HasDatedArticles(searcher));
        if (parsed.Problem is { } problem)
        {
            return Core.Answers.Answer.Rejected(question, problem);
        }

        if (searcher is null)
        {
            return new Answer(AnswerOutcome.NotFound, question, [], []);
        }

        var dates = parsed.Dates;
        if (request.Days is { } days)
        {
            var last = DateRange.LastDays(Math.Max(0, days), _time.GetUtcNow());
            dates = dates is { } asked ? asked.Intersect(last) : last;
        }

        if (parsed.PeriodOnly && dates is { } period)
        {
            return NotFoundExplainer.Explain(PeriodAnswers.Answer(searcher, question, period, request.Outlet, request.MaxArticles), searcher, parsed, request, _time.GetUtcNow());
        }

        parsed = KeyTerms.Resolve(searcher, parsed);

        // A question about a name the index never saw is not found whatever its meaning matches: no vector needed.
        // One that will use its vector has the model loaded (about a second in a new process) while the words are
        // searched, not after; a question that needs none never loads it (measured: a not-found question's process
        // took 1.6 times the CPU and 345 MB instead of 88 MB when every question loaded it).
        var rows = lease!.Value.Vectors;
        var usesVector = parsed.AbsentTerms.Count == 0 && UsesVectors(rows);
        if (usesVector)
        {
            _embedder!.Preload();
        }

        // An explicit "last N days" setting is about recency alone, so a year named in the text does not widen it.
        var filter = PassageQuery.Restrict(searcher, IndexFields.PassageType, request.Outlet, dates, request.Days is null ? parsed.Years : []);
        var hits = searcher.Search(PassageQuery.ForPassages(parsed), filter, _options.Candidates).ScoreDocs;
        cancellationToken.ThrowIfCancellationRequested();
        var vector = usesVector ? new QuestionVector(_embedder!.EmbedQuestion(question, cancellationToken), rows!) : null;
        if (vector is not null)
        {
            hits = DenseCandidates.Add(searcher, filter, hits, vector, _options.VectorCandidates);
        }

        var ranked = _ranker.Rank(parsed, searcher, hits, vector, _options.SemanticWeight);
        var minSimilarity = vector is null ? double.PositiveInfinity : _options.MinSimilarity;
        var answer = CarrierCredits.Fill(searcher, AnswerAssembler.Assemble(question, ranked, _options.MinCoverage, request.MaxArticles, minSimilarity));
        return NotFoundExplainer.Explain(answer, searcher, parsed, request, _time.GetUtcNow());
    }

    // Vectors are used when they are switched on and the generation has some of the configured model's; until then
    // (or with them off) the question is answered on its words alone, and no model is loaded.
    private bool UsesVectors(VectorRows? rows) =>
        _options.Semantic && _embedder is not null && rows is { Count: > 0 } && rows.IsOf(_embedder);

    // Date words only filter when some article has a date; in an undated corpus "in 1995" is just words.
    private static bool HasDatedArticles(IndexSearcher searcher) => searcher.IndexReader.GetDocCount(IndexFields.Published) > 0;
}
