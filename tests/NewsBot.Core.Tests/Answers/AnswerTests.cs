using NewsBot.Core.Answers;
using NewsBot.Core.Articles;

namespace NewsBot.Core.Tests.Answers;

public sealed class AnswerTests
{
    [Fact]
    public void Outlet_count_includes_syndicating_outlets_once_each()
    {
        var quote = new Quote("x", new TextSpan(0, 1), [], 1);
        var answer = new Answer(
            AnswerOutcome.Found,
            "q",
            [
                new ArticleQuotes(new Citation("a", "A", "Reuters", null, null) { AlsoCarriedBy = ["AP", "reuters"] }, [quote]),
                new ArticleQuotes(new Citation("b", "B", "AP", null, null), [quote]),
                new ArticleQuotes(new Citation("c", "C", null, null, null), [quote]),
            ],
            []);

        Assert.Equal(2, answer.OutletCount);
    }

    [Fact]
    public void Rejected_answer_carries_the_problem_and_no_quotes()
    {
        var answer = Answer.Rejected("", "The question is empty.");

        Assert.Equal(AnswerOutcome.Rejected, answer.Outcome);
        Assert.Equal("The question is empty.", answer.Problem);
        Assert.Empty(answer.Articles);
    }
}
