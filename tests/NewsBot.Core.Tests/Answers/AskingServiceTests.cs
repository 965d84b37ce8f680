using NewsBot.Core.Answers;
using NewsBot.Testing.Answers;

namespace NewsBot.Core.Tests.Answers;

public sealed class AskingServiceTests
{
    private readonly FakeAnswerer _answerer = new()
    {
        Answer = request => new Answer(
            AnswerOutcome.Found,
            request.Question,
            [new ArticleQuotes(new Citation("a1", "Vote count", "Wire", null, null) { Source = "wire" }, [])],
            []),
    };

    [Fact]
    public async Task A_question_over_the_bound_is_refused_with_its_length_and_never_reaches_the_index()
    {
        var asking = new AskingService(_answerer, new CitationLabels(SourceLabels.None));

        var answer = await asking.AskAsync(new AskRequest(new string('a', AskBounds.MaxQuestionLength + 1)), CancellationToken.None);

        Assert.Equal(AnswerOutcome.Rejected, answer.Outcome);
        Assert.Equal("That question is 501 characters long; please keep it under 500.", answer.Problem);
        Assert.Empty(_answerer.Requests);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(3651L)]
    public void Days_outside_the_bound_are_named_as_each_front_end_shows_the_option(long days)
    {
        Assert.Equal("--days must be between 1 and 3650.", AskingService.Problem(new AskRequest("Who won?", Days: (int)days), "--days"));
        Assert.Equal("days must be between 1 and 3650.", AskBounds.DaysProblem(days, "days"));
    }

    [Fact]
    public async Task The_answer_comes_back_with_the_operators_label_on_its_citation()
    {
        var asking = new AskingService(_answerer, new CitationLabels(new SourceLabels([KeyValuePair.Create("wire", (string?)"Lean Left")])));

        var answer = await asking.AskAsync(new AskRequest("Who won?"), CancellationToken.None);

        Assert.Equal("Lean Left", Assert.Single(answer.Articles).Citation.Label);
        Assert.Equal(["Who won?"], _answerer.Requests.Select(request => request.Question));
    }
}
