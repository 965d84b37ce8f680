using NewsBot.Core.Answers;
using NewsBot.Evaluation.Data;
using NewsBot.Evaluation.Metrics;
using NewsBot.Evaluation.QuestionSet;

namespace NewsBot.Evaluation.Tests.QuestionSet;

public sealed class QuestionSetScorerTests
{
    // Counts ". "-separated sentences; the command counts with the ingestion splitter, these tests need only a counter.
    private static readonly QuestionSetScorer Scorer = new(new AnswerHitRule(text => text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length));

    private static readonly NewsQuestion WhoReplaced = new("who-1", "who", "Who replaced Freitas do Amaral?", ["Luís Amado"]);

    private static readonly NewsQuestion AbsentName = new("absent-1", "absent name", "What did Keir Starmer promise?", []);

    [Theory]
    [InlineData("Replacing him will be Luís Amado, the defence minister.")]
    [InlineData("replacing him will be LUIS   AMADO.")]
    [InlineData("Luis Amado takes over.")]
    public void A_first_quote_holding_an_answer_is_a_hit_whatever_its_case_spacing_or_accents(string quote)
    {
        Assert.True(Scorer.IsRight(WhoReplaced, Found("who-1", quote)));
    }

    [Fact]
    public void A_first_quote_without_any_answer_is_a_miss_even_when_it_is_on_the_topic()
    {
        Assert.False(Scorer.IsRight(WhoReplaced, Found("who-1", "Freitas do Amaral resigned for reasons of health.")));
    }

    [Fact]
    public void A_first_quote_over_the_quote_limits_never_counts()
    {
        Assert.False(Scorer.IsRight(WhoReplaced, Found("who-1", "He resigned. The cabinet met. Luís Amado replaces him.")));
    }

    [Fact]
    public void An_absent_name_question_is_right_only_when_answered_not_found()
    {
        Assert.True(Scorer.IsRight(AbsentName, NotFound("absent-1")));
        Assert.False(Scorer.IsRight(AbsentName, Found("absent-1", "The Labour leader promised change.")));
        Assert.False(Scorer.IsRight(AbsentName, new QueryResult("absent-1", AnswerOutcome.Rejected, [], null, 1)));
    }

    [Fact]
    public void The_summary_counts_hits_false_not_found_and_honest_not_found_separately()
    {
        NewsQuestion[] questions =
        [
            WhoReplaced,
            new("who-2", "who", "Who won Iowa?", ["Huckabee"]),
            new("when-1", "when", "When was Stevens born?", ["1920"]),
            AbsentName,
            new("absent-2", "absent name", "When did Milei take office?", []),
        ];
        QueryResult[] results =
        [
            Found("who-1", "Luís Amado replaces him.", latency: 10),
            NotFound("who-2", latency: 20),
            Found("when-1", "Stevens was born in 1920 in Chicago.", latency: 30),
            NotFound("absent-1", latency: 40),
            Found("absent-2", "Argentina's president took office.", latency: 50),
        ];

        var summary = Scorer.Score(questions, results);

        Assert.Equal(5, summary.Questions);
        Assert.Equal((3, 2), (summary.Answerable, summary.Hits));
        Assert.Equal(2.0 / 3, summary.FirstQuoteAnswerHit!.Value, 9);
        Assert.Equal(1, summary.FalseNotFound);
        Assert.Equal((2, 1), (summary.Absent, summary.HonestNotFound));
        Assert.Equal(0.5, summary.HonestNotFoundRate!.Value, 9);
        Assert.Equal((3, 2, 0), (summary.Found, summary.NotFound, summary.Rejected));
        Assert.Equal(30, summary.LatencyMsP50);
        Assert.Equal(50, summary.LatencyMsP99);
        Assert.Equal(
            [
                new KindFigures("who", 2, 2, 1, 1, 0, 0),
                new KindFigures("when", 1, 1, 1, 0, 0, 0),
                new KindFigures("absent name", 2, 0, 0, 0, 2, 1),
            ],
            summary.ByKind);
    }

    [Fact]
    public void An_uncovered_date_question_is_right_only_when_answered_not_found_and_is_counted_under_its_own_kind()
    {
        var uncovered = new NewsQuestion("uncovered-1", "uncovered date", "Who won the 2024 US presidential election?", []);
        var notFound = NotFound("uncovered-1");
        var answeredFromAnEarlierYear = Found("uncovered-1", "Joe Biden was projected the winner of the election.");

        var right = Scorer.Score([WhoReplaced, uncovered], [Found("who-1", "Luís Amado replaces him."), notFound]);
        var wrong = Scorer.Score([WhoReplaced, uncovered], [Found("who-1", "Luís Amado replaces him."), answeredFromAnEarlierYear]);

        Assert.True(Scorer.IsRight(uncovered, notFound));
        Assert.False(Scorer.IsRight(uncovered, answeredFromAnEarlierYear));
        Assert.Equal((1, 1, 1.0), (right.Absent, right.HonestNotFound, right.HonestNotFoundRate));
        Assert.Equal((1, 0, 0.0), (wrong.Absent, wrong.HonestNotFound, wrong.HonestNotFoundRate));
        Assert.Equal((1, 1, 0), (wrong.Answerable, wrong.Hits, wrong.FalseNotFound));
        Assert.Contains(new KindFigures("uncovered date", 1, 0, 0, 0, 1, 0), wrong.ByKind);
    }

    [Fact]
    public void A_set_without_absent_names_has_no_honest_not_found_rate()
    {
        var summary = Scorer.Score([WhoReplaced], [NotFound("who-1")]);

        Assert.Null(summary.HonestNotFoundRate);
        Assert.Equal(0, summary.FirstQuoteAnswerHit);
        Assert.Null(summary.QuoteCharsMean);
    }

    private static QueryResult Found(string id, string quote, double latency = 1) => new(id, AnswerOutcome.Found, ["article-1"], quote, latency);

    private static QueryResult NotFound(string id, double latency = 1) => new(id, AnswerOutcome.NotFound, ["closest-1"], null, latency);
}
