using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>Questions made of a period alone, answered with that period's stories and dated events.</summary>
public sealed class PeriodAnswersTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    public PeriodAnswersTests()
    {
        var summit = TestArticleBuilder.Article(
                "summit",
                "Leaders met in Vilnius for the spring summit. The next summit, on Jan. 5, will be held in Riga.")
            .Titled("Spring summit in Vilnius").From("Baltic Herald").Published(new DateTimeOffset(2023, 12, 20, 9, 0, 0, TimeSpan.Zero))
            .Stating(new DateOnly(2024, 1, 5), "Jan. 5")
            .Build();
        var later = TestArticleBuilder.Article(
                "later",
                "The ministers will meet again on Feb. 2, 2025 in Tallinn.")
            .Titled("Ministers to meet").From("Baltic Herald").Published(new DateTimeOffset(2023, 12, 21, 9, 0, 0, TimeSpan.Zero))
            .Stating(new DateOnly(2025, 2, 2), "Feb. 2, 2025")
            .Build();
        _harness.ReplaceAllAsync([.. NamesCorpus.All, summit, later]).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_question_of_a_year_alone_is_answered_with_that_years_stories_and_events()
    {
        var answer = await _harness.AskAsync("What happened in 2024?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        // Equally carried, equally long stories: newest first. The December 2023 articles are not of 2024.
        Assert.Equal(["tram", "march", "rent-freeze", "hoverboard", "shipyard"], answer.Articles.Select(group => group.Citation.ArticleId));
        Assert.All(answer.Articles, group => Assert.Equal(2024, group.Citation.Published!.Value.Year));
        var lede = answer.Articles.Single(group => group.Citation.ArticleId == "tram").Quotes.Single();
        Assert.Equal("Deputy mayor Piotr Kaczmarczyk opened the new tram line to the airport.", lede.Text);
        Assert.Equal(0, lede.Span.Start);
        var stated = Assert.Single(answer.Events);
        Assert.Equal(new DateOnly(2024, 1, 5), stated.Date);
        Assert.Equal("summit", stated.Citation.ArticleId);
    }

    [Fact]
    public async Task A_period_with_no_stories_is_not_found_and_says_so()
    {
        var answer = await _harness.AskAsync("What happened in 2020?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(AskFilter.Period, answer.NotFound!.EmptyFilter!.Filter);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero), answer.NotFound.Newest);
    }

    [Fact]
    public async Task Last_week_alone_is_a_period_question_not_a_refusal()
    {
        var answer = await _harness.AskAsync("what happened last week");

        Assert.NotEqual(AnswerOutcome.Rejected, answer.Outcome);
        Assert.Equal(AskFilter.Period, answer.NotFound!.EmptyFilter!.Filter);
    }

    public void Dispose() => _harness.Dispose();
}
