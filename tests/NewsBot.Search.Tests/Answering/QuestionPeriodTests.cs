using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>A period the index does not cover is "not found" with the dates it holds; a covered year prefers that year's articles.</summary>
public sealed class QuestionPeriodTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    public QuestionPeriodTests() => _harness.ReplaceAllAsync(
            TestArticleBuilder.Article("race-2019", "Ana Lopez won the race for mayor of Porto Alto by a wide margin.")
                .Titled("Lopez elected").Published(new DateTimeOffset(2019, 6, 3, 9, 0, 0, TimeSpan.Zero)).Build(),
            TestArticleBuilder.Article("race-2021", "Ben Ortiz won the mayoral election in Porto Alto, and the next mayoral election is due in 2024.")
                .Titled("Ortiz wins the mayoral election").Published(new DateTimeOffset(2021, 6, 7, 9, 0, 0, TimeSpan.Zero)).Build())
        .GetAwaiter().GetResult();

    [Theory]
    [InlineData("Who won the mayoral election in Porto Alto in 2024?")]
    [InlineData("Who won the 2024 mayoral election in Porto Alto?")]
    [InlineData("Who won the Porto Alto mayoral election in March 2022?")]
    public async Task A_period_after_the_newest_article_is_not_found_with_the_dates_the_index_holds(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(AskFilter.Period, answer.NotFound?.EmptyFilter?.Filter);
        Assert.Equal(new DateTimeOffset(2021, 6, 7, 9, 0, 0, TimeSpan.Zero), answer.NotFound?.Newest);
        Assert.Equal(new DateTimeOffset(2019, 6, 3, 9, 0, 0, TimeSpan.Zero), answer.NotFound?.Oldest);
    }

    [Fact]
    public async Task A_year_the_index_covers_prefers_that_year_s_articles()
    {
        var answer = await _harness.AskAsync("Who won the 2019 mayoral election in Porto Alto?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("race-2019", answer.Articles[0].Citation.ArticleId);
    }

    [Fact]
    public async Task A_month_admits_the_reports_published_in_the_two_weeks_after_it_and_no_later()
    {
        // The 2021 race article was published on 7 June: it reports a May election, not an April one.
        var may = await _harness.AskAsync("Who won the mayoral election in Porto Alto in May 2021?");
        var april = await _harness.AskAsync("Who won the mayoral election in Porto Alto in April 2021?");

        Assert.Equal(AnswerOutcome.Found, may.Outcome);
        Assert.Equal("race-2021", may.Articles[0].Citation.ArticleId);
        Assert.Equal(AnswerOutcome.NotFound, april.Outcome);
    }

    public void Dispose() => _harness.Dispose();
}
