using Lucene.Net.Search;
using Microsoft.Extensions.Options;
using NewsBot.Core.Answers;
using NewsBot.Search.Indexing;

namespace NewsBot.Search.Answering;

/// <summary>
/// Answers a question from the live index: parse the plain words, retrieve the top passages by BM25 with date and
/// outlet filters, re-rank them, and quote the best sentences grouped by article; or say honestly that nothing answers.
/// </summary>
public sealed class QuestionAnswerer : IQuestionAnswerer
{
    private readonly LuceneNewsIndex _index;
    private readonly SearchOptions _options;
    private readonly TimeProvider _time;
    private readonly QuestionParser _parser = new();
    private readonly PassageRanker _ranker = new();

    public QuestionAnswerer(LuceneNewsIndex index, IOptions<SearchOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _index = index;
        _options = options.Value;
        _time = time;
    }

    /// <inheritdoc />
    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Question);
        cancellationToken.ThrowIfCancellationRequested();
        var question = request.Question;
        var lease = _index.AcquireSearcher();
        try
        {
            var searcher = lease?.Searcher;
            var parsed = _parser.Parse(question, _time.GetUtcNow(), useDates: searcher is not null && HasDatedArticles(searcher));
            if (parsed.Problem is { } problem)
            {
                return Task.FromResult(Answer.Rejected(question, problem));
            }

            if (searcher is null)
            {
                return Task.FromResult(new Answer(AnswerOutcome.NotFound, question, [], []));
            }

            var dates = parsed.Dates;
            if (request.Days is { } days)
            {
                var last = DateRange.LastDays(Math.Max(0, days), _time.GetUtcNow());
                dates = dates is { } asked ? asked.Intersect(last) : last;
            }

            var filter = PassageQuery.Restrict(IndexFields.PassageType, request.Outlet, dates);
            var hits = searcher.Search(PassageQuery.ForPassages(parsed), filter, _options.Candidates).ScoreDocs;
            cancellationToken.ThrowIfCancellationRequested();
            var ranked = _ranker.Rank(parsed, searcher, hits);
            return Task.FromResult(AnswerAssembler.Assemble(question, ranked, _options.MinCoverage, request.MaxArticles));
        }
        finally
        {
            lease?.Dispose();
        }
    }

    // Date words only filter when some article has a date; in an undated corpus "in 1995" is just words.
    private static bool HasDatedArticles(IndexSearcher searcher) => searcher.IndexReader.GetDocCount(IndexFields.Published) > 0;
}
