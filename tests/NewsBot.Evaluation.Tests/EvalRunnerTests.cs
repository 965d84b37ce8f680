using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Evaluation;
using NewsBot.Evaluation.Data;

namespace NewsBot.Evaluation.Tests;

public sealed class EvalRunnerTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task Every_question_is_asked_with_the_default_request_settings()
    {
        var answerer = new AnswerScript(_time).Found("Who won?", TimeSpan.FromMilliseconds(3), ("p1", "The Broncos won.")).Answerer();
        var runner = new EvalRunner(answerer, _time);

        await runner.RunAsync([new EvalQuery("q1", "Who won?", ["Broncos"]), new EvalQuery("q2", "Unscripted?", [])], null, CancellationToken.None);

        Assert.Equal([new AskRequest("Who won?"), new AskRequest("Unscripted?")], answerer.Requests);
    }

    [Fact]
    public async Task Found_answers_rank_their_article_groups_and_offer_the_first_quote()
    {
        var answerer = new AnswerScript(_time).Found("Who won?", TimeSpan.FromMilliseconds(7),
            ("p2", "The Panthers lost."), ("p1", "The Broncos won.")).Answerer();
        var runner = new EvalRunner(answerer, _time);

        var result = Assert.Single(await runner.RunAsync([new EvalQuery("q1", "Who won?", [])], null, CancellationToken.None));

        Assert.Equal(AnswerOutcome.Found, result.Outcome);
        Assert.Equal(["p2", "p1"], result.RankedIds);
        Assert.Equal("The Panthers lost.", result.FirstQuote);
        Assert.Equal(7, result.LatencyMs, 3);
    }

    [Fact]
    public async Task Not_found_answers_rank_the_closest_headlines_and_offer_no_quote()
    {
        var answerer = new AnswerScript(_time).NotFound("Capital of France?", TimeSpan.FromMilliseconds(2), "p9", "p3").Answerer();
        var runner = new EvalRunner(answerer, _time);

        var result = Assert.Single(await runner.RunAsync([new EvalQuery("q1", "Capital of France?", [])], null, CancellationToken.None));

        Assert.Equal(AnswerOutcome.NotFound, result.Outcome);
        Assert.Equal(["p9", "p3"], result.RankedIds);
        Assert.Null(result.FirstQuote);
    }

    [Fact]
    public async Task Progress_counts_the_questions_answered()
    {
        var answerer = new AnswerScript(_time).Answerer();
        var reported = new List<int>();
        var runner = new EvalRunner(answerer, _time);

        await runner.RunAsync([new EvalQuery("a", "a?", []), new EvalQuery("b", "b?", [])], new SynchronousProgress(reported.Add), CancellationToken.None);

        Assert.Equal([1, 2], reported);
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
