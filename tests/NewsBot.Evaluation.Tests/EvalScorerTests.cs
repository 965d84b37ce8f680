using NewsBot.Core.Answers;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests;

public sealed class EvalScorerTests
{
    private static readonly EvalScorer Scorer = new(new AnswerHitRule(text => text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length));

    private static readonly Qrels TwoQueries = QrelsReader.Parse("qrels", ["q1\tp1\t1", "q2\tp2\t1"]).Value;

    [Fact]
    public void Ranking_measures_average_over_the_judged_questions()
    {
        EvalQuery[] queries = [new("q1", "?", []), new("q2", "?", []), new("q3", "unjudged?", [])];
        QueryResult[] results =
        [
            new("q1", AnswerOutcome.Found, ["p1", "p2"], "x", 10),
            new("q2", AnswerOutcome.Found, ["p1", "p2"], "x", 20),
            new("q3", AnswerOutcome.NotFound, ["p1"], null, 30),
        ];

        var summary = Scorer.Score(queries, results, TwoQueries);

        Assert.Equal(3, summary.Queries);
        Assert.Equal(2, summary.Judged);
        Assert.Equal(0.5, summary.RecallAt1, 9);
        Assert.Equal(1.0, summary.RecallAt5, 9);
        Assert.Equal((1 + 0.5) / 2, summary.MrrAt10, 9);
        Assert.Equal((1 + 1 / Math.Log2(3)) / 2, summary.NdcgAt10, 9);
        Assert.Equal(2, summary.Found);
        Assert.Equal(1, summary.NotFound);
        Assert.Equal(20, summary.LatencyMsP50);
        Assert.Equal(30, summary.LatencyMsP99);
    }

    [Fact]
    public void Answer_hit_counts_questions_with_answers_including_those_given_no_quote()
    {
        EvalQuery[] queries = [new("q1", "?", ["Broncos"]), new("q2", "?", ["Panthers"]), new("q3", "?", ["Santa Clara"])];
        QueryResult[] results =
        [
            new("q1", AnswerOutcome.Found, ["p1"], "The Broncos won.", 1),
            new("q2", AnswerOutcome.Found, ["p2"], "One. Two. The Panthers lost.", 1),
            new("q3", AnswerOutcome.NotFound, [], null, 1),
        ];

        var summary = Scorer.Score(queries, results, TwoQueries);

        Assert.Equal(3, summary.AnswerQueries);
        Assert.Equal(1.0 / 3, summary.AnswerHitAt1!.Value, 9);
        Assert.Equal(1, summary.QuotesOverLimit);
        Assert.Equal(("The Broncos won.".Length + "One. Two. The Panthers lost.".Length) / 2.0, summary.QuoteCharsMean);
    }

    [Fact]
    public void Answer_hit_is_null_when_the_set_has_no_answers()
    {
        var summary = Scorer.Score([new EvalQuery("q1", "?", [])], [new QueryResult("q1", AnswerOutcome.NotFound, [], null, 1)], TwoQueries);

        Assert.Null(summary.AnswerHitAt1);
        Assert.Null(summary.QuoteCharsMean);
    }
}
