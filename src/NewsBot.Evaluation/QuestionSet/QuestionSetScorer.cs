using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.QuestionSet;

/// <summary>
/// Scores a news question set: an answerable question is a hit when the first quote the bot shows contains one
/// of its answer alternatives (case, white space, punctuation and diacritics aside; within the quote limits of
/// <see cref="AnswerHitRule"/>); a question about an absent name is right only when the answer is "not found".
/// </summary>
public sealed class QuestionSetScorer
{
    private readonly AnswerHitRule _answerHit;

    public QuestionSetScorer(AnswerHitRule answerHit)
    {
        ArgumentNullException.ThrowIfNull(answerHit);
        _answerHit = answerHit;
    }

    /// <summary>True when the answer is right: a hit for an answerable question, "not found" for an absent name.</summary>
    public bool IsRight(NewsQuestion question, QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(result);
        if (question.ExpectsNotFound)
        {
            return result.Outcome == AnswerOutcome.NotFound;
        }

        return result.FirstQuote is { } quote
            && _answerHit.IsWithinLimits(quote)
            && _answerHit.IsHit(DiacriticFolding.Fold(quote), question.Answers.Select(DiacriticFolding.Fold).ToList());
    }

    public QuestionSetSummary Score(IReadOnlyList<NewsQuestion> questions, IReadOnlyList<QueryResult> results)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            throw new ArgumentException("There are no results to score.", nameof(results));
        }

        var byId = questions.ToDictionary(question => question.Id, StringComparer.Ordinal);
        var scored = results.Select(result => (Question: byId[result.QueryId], Result: result, Right: IsRight(byId[result.QueryId], result))).ToList();
        var total = Count(scored.Select(item => (item.Question, item.Result, item.Right)), "all");
        var quotes = results.Select(result => result.FirstQuote).OfType<string>().ToList();
        var latencies = results.Select(result => result.LatencyMs).ToList();
        return new QuestionSetSummary(
            Questions: total.Questions,
            Answerable: total.Answerable,
            Hits: total.Hits,
            FirstQuoteAnswerHit: total.Answerable == 0 ? null : (double)total.Hits / total.Answerable,
            FalseNotFound: total.FalseNotFound,
            Absent: total.Absent,
            HonestNotFound: total.HonestNotFound,
            HonestNotFoundRate: total.Absent == 0 ? null : (double)total.HonestNotFound / total.Absent,
            Found: results.Count(result => result.Outcome == AnswerOutcome.Found),
            NotFound: results.Count(result => result.Outcome == AnswerOutcome.NotFound),
            Rejected: results.Count(result => result.Outcome == AnswerOutcome.Rejected),
            QuoteCharsMean: quotes.Count == 0 ? null : quotes.Average(quote => quote.Length),
            QuotesOverLimit: quotes.Count(quote => !_answerHit.IsWithinLimits(quote)),
            LatencyMsP50: Percentile.Of(latencies, 50),
            LatencyMsP99: Percentile.Of(latencies, 99),
            LatencyMsMean: latencies.Average(),
            ByKind: scored
                .GroupBy(item => item.Question.Kind, StringComparer.OrdinalIgnoreCase)
                .Select(group => Count(group, group.Key))
                .ToList());
    }

    private static KindFigures Count(IEnumerable<(NewsQuestion Question, QueryResult Result, bool Right)> items, string kind)
    {
        var list = items.ToList();
        var answerable = list.Where(item => !item.Question.ExpectsNotFound).ToList();
        var absent = list.Where(item => item.Question.ExpectsNotFound).ToList();
        return new KindFigures(
            kind,
            list.Count,
            answerable.Count,
            answerable.Count(item => item.Right),
            answerable.Count(item => item.Result.Outcome == AnswerOutcome.NotFound),
            absent.Count,
            absent.Count(item => item.Right));
    }
}
