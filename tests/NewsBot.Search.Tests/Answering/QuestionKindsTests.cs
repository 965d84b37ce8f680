using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class QuestionKindsTests
{
    [Theory]
    [InlineData("Why did the mayor resign?", nameof(QuestionKind.Reason))]
    [InlineData("What caused the bridge to collapse?", nameof(QuestionKind.Reason))]
    [InlineData("why couldn't the senator speak", nameof(QuestionKind.Reason))]
    [InlineData("When did the strike start?", nameof(QuestionKind.Time))]
    [InlineData("What year was the governor born?", nameof(QuestionKind.Time))]
    [InlineData("At what time did the polls close?", nameof(QuestionKind.Time))]
    [InlineData("How many people were injured?", nameof(QuestionKind.Quantity))]
    [InlineData("How much did the stadium cost?", nameof(QuestionKind.Quantity))]
    [InlineData("What share of voters backed the plan?", nameof(QuestionKind.Quantity))]
    [InlineData("Where was the summit held?", nameof(QuestionKind.Place))]
    [InlineData("In which town did the protest begin?", nameof(QuestionKind.Place))]
    [InlineData("Who replaced the finance minister?", nameof(QuestionKind.Person))]
    [InlineData("Which judge heard the case?", nameof(QuestionKind.Person))]
    [InlineData("Who won the runoff?", nameof(QuestionKind.Person))]
    [InlineData("What did the president say about tariffs?", nameof(QuestionKind.Statement))]
    [InlineData("How did the union respond to the offer?", nameof(QuestionKind.Statement))]
    [InlineData("What happened in the capital last week?", nameof(QuestionKind.Other))]
    [InlineData("transit budget", nameof(QuestionKind.Other))]
    public void The_question_words_tell_what_sort_of_answer_is_asked_for(string question, string expected)
    {
        Assert.Equal(expected, QuestionKinds.Detect(question).Kind.ToString());
    }

    [Fact]
    public void How_many_keeps_the_word_whose_number_is_asked()
    {
        Assert.Equal("firefighters", QuestionKinds.Detect("How many firefighters fought the blaze?").CountedWord);
    }

    [Fact]
    public void The_parser_carries_the_kind_with_the_question()
    {
        var parsed = new QuestionParser().Parse("How many soldiers died in the attack?", DateTimeOffset.UnixEpoch, useDates: false);

        Assert.Equal(QuestionKind.Quantity, parsed.Kind);
        Assert.Equal("soldiers", parsed.CountedWord);
    }
}
