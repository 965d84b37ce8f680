using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation;

/// <summary>Turns the per-question results into the run's figures.</summary>
public sealed class EvalScorer
{
    private readonly AnswerHitRule _answerHit;

    public EvalScorer(AnswerHitRule answerHit)
    {
        ArgumentNullException.ThrowIfNull(answerHit);
        _answerHit = answerHit;
    }

    public EvalSummary Score(IReadOnlyList<EvalQuery> queries, IReadOnlyList<QueryResult> results, Qrels qrels)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(qrels);
        if (results.Count == 0)
        {
            throw new ArgumentException("There are no results to score.", nameof(results));
        }

        var byId = queries.ToDictionary(query => query.Id, StringComparer.Ordinal);
        double recall1 = 0, recall5 = 0, mrr10 = 0, ndcg10 = 0, hits = 0;
        int judged = 0, answerQueries = 0, overLimit = 0;
        var quoteLengths = new List<double>();
        foreach (var result in results)
        {
            var grades = qrels.For(result.QueryId);
            if (grades.Values.Any(grade => grade > 0))
            {
                judged++;
                recall1 += RankingMetrics.RecallAt(result.RankedIds, grades, 1);
                recall5 += RankingMetrics.RecallAt(result.RankedIds, grades, 5);
                mrr10 += RankingMetrics.ReciprocalRankAt(result.RankedIds, grades, 10);
                ndcg10 += RankingMetrics.NdcgAt(result.RankedIds, grades, 10);
            }

            if (result.FirstQuote is { } quote)
            {
                quoteLengths.Add(quote.Length);
                if (!_answerHit.IsWithinLimits(quote))
                {
                    overLimit++;
                }
            }

            var answers = byId[result.QueryId].Answers;
            if (answers.Count > 0)
            {
                answerQueries++;
                if (_answerHit.IsHit(result.FirstQuote, answers))
                {
                    hits++;
                }
            }
        }

        var latencies = results.Select(result => result.LatencyMs).ToList();
        return new EvalSummary(
            Queries: results.Count,
            Judged: judged,
            RecallAt1: Mean(recall1, judged),
            RecallAt5: Mean(recall5, judged),
            MrrAt10: Mean(mrr10, judged),
            NdcgAt10: Mean(ndcg10, judged),
            AnswerQueries: answerQueries,
            AnswerHitAt1: answerQueries == 0 ? null : hits / answerQueries,
            QuoteCharsMean: quoteLengths.Count == 0 ? null : quoteLengths.Average(),
            QuotesOverLimit: overLimit,
            Found: results.Count(result => result.Outcome == AnswerOutcome.Found),
            NotFound: results.Count(result => result.Outcome == AnswerOutcome.NotFound),
            Rejected: results.Count(result => result.Outcome == AnswerOutcome.Rejected),
            LatencyMsP50: Percentile.Of(latencies, 50),
            LatencyMsP99: Percentile.Of(latencies, 99),
            LatencyMsMean: latencies.Average());
    }

    private static double Mean(double sum, int count) => count == 0 ? 0 : sum / count;
}
