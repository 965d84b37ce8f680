using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Tests.Rendering;

public sealed class NextStepTests
{
    [Theory]
    [InlineData("What did Trump say about Zohran Mamdani?", "Zohran Mamdani")]
    [InlineData("Who won the 1904 World Series?", "World Series")]
    [InlineData("What is the melting point of tungsten?", "tungsten")]
    [InlineData("Is the mayor\u2019s budget-cut plan final?", "budget-cut")]
    public void Topic_is_the_longest_name_in_the_question_else_its_longest_word(string question, string topic)
        => Assert.Equal(topic, NextStep.Topic(question));

    [Fact]
    public void A_question_without_a_word_of_four_letters_suggests_recent_without_a_topic()
    {
        Assert.Null(NextStep.Topic("Who won?"));
        Assert.Equal("Try `/recent` for the newest articles, or `/sources` to see what is indexed.", NextStep.Suggestion("Who won?"));
    }

    [Fact]
    public void Backticks_and_mentions_in_the_question_never_reach_the_suggestion()
    {
        var suggestion = NextStep.Suggestion("Why did `@everyone` <@123> shout?");

        Assert.Equal("Try `/recent topic:everyone` for the newest articles about it, or `/sources` to see what is indexed.", suggestion);
    }
}
