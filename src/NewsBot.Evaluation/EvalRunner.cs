using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation;

/// <summary>
/// Asks every evaluation question through the engine's <see cref="IQuestionAnswerer"/> with the default
/// <see cref="AskRequest"/> settings, exactly as <c>newsbot ask</c> does, one at a time so each latency is the
/// latency a lone asker would see.
/// </summary>
public sealed class EvalRunner
{
    private readonly IQuestionAnswerer _answerer;
    private readonly TimeProvider _timeProvider;

    public EvalRunner(IQuestionAnswerer answerer, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _answerer = answerer;
        _timeProvider = timeProvider;
    }

    /// <param name="queries">The questions, asked in this order.</param>
    /// <param name="progress">Told the number of questions answered so far.</param>
    /// <param name="cancellationToken">Stops between questions.</param>
    public async Task<IReadOnlyList<QueryResult>> RunAsync(
        IReadOnlyList<EvalQuery> queries,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var results = new List<QueryResult>(queries.Count);
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = _timeProvider.GetTimestamp();
            var answer = await _answerer.AskAsync(new AskRequest(query.Text), cancellationToken).ConfigureAwait(false);
            var elapsed = _timeProvider.GetElapsedTime(started);
            results.Add(new QueryResult(
                query.Id,
                answer.Outcome,
                AnswerRanking.RankedIds(answer),
                AnswerRanking.FirstQuote(answer),
                elapsed.TotalMilliseconds));
            progress?.Report(results.Count);
        }

        return results;
    }
}
