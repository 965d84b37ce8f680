using NewsBot.Evaluation.Metrics;

namespace NewsBot.Evaluation.Tests.Metrics;

public sealed class AnswerHitRuleTests
{
    // Counts ". "-terminated sentences; the real command uses the ingestion splitter, these tests need only a counter.
    private static readonly AnswerHitRule Rule = new(text => text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public void A_quote_containing_a_gold_answer_after_normalisation_is_a_hit()
    {
        Assert.True(Rule.IsHit("The game was won by the Denver Broncos, 24–10.", ["Denver Broncos!"]));
    }

    [Fact]
    public void Any_of_several_gold_answers_is_enough()
    {
        Assert.True(Rule.IsHit("It was played at Levi's Stadium.", ["Santa Clara", "Levi's Stadium"]));
    }

    [Fact]
    public void A_quote_without_any_gold_answer_is_a_miss()
    {
        Assert.False(Rule.IsHit("The Carolina Panthers lost.", ["Denver Broncos"]));
    }

    [Fact]
    public void An_answer_must_match_whole_words()
    {
        Assert.False(Rule.IsHit("It happened in 2010.", ["10"]));
    }

    [Fact]
    public void No_quote_is_a_miss()
    {
        Assert.False(Rule.IsHit(null, ["Denver Broncos"]));
    }

    [Fact]
    public void A_two_sentence_quote_can_hit_but_a_three_sentence_quote_never_does()
    {
        Assert.True(Rule.IsHit("One. The Denver Broncos won.", ["Denver Broncos"]));
        Assert.False(Rule.IsHit("One. Two. The Denver Broncos won.", ["Denver Broncos"]));
    }

    [Fact]
    public void A_quote_of_exactly_500_characters_can_hit_but_501_never_does()
    {
        var answer = "Denver Broncos";
        var atLimit = answer + new string('x', AnswerHitRule.MaxCharacters - answer.Length - 1).Insert(0, " ");
        Assert.Equal(500, atLimit.Length);
        Assert.True(Rule.IsHit(atLimit, [answer]));
        Assert.False(Rule.IsHit(atLimit + "x", [answer]));
    }
}
