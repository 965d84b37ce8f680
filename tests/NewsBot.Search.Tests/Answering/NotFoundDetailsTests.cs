using NewsBot.Core.Answers;

namespace NewsBot.Search.Tests.Answering;

/// <summary>What a "not found" tells the asker: the index's dates and the filter that matched nothing.</summary>
public sealed class NotFoundDetailsTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    public NotFoundDetailsTests() => _harness.ReplaceAllAsync(NamesCorpus.All).GetAwaiter().GetResult();

    [Fact]
    public async Task Not_found_gives_the_newest_and_oldest_article_dates()
    {
        var answer = await _harness.AskAsync("What did Mamdani say about the rent freeze?");

        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero), answer.NotFound!.Newest);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 0, 0, TimeSpan.Zero), answer.NotFound.Oldest);
        Assert.Null(answer.NotFound.EmptyFilter);
    }

    [Fact]
    public async Task An_outlet_that_is_not_indexed_is_named_with_the_outlets_that_are()
    {
        var answer = await _harness.AskAsync("Where did Franky Zapata land?", outlet: "Nowhere News");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        var empty = answer.NotFound!.EmptyFilter!;
        Assert.Equal(AskFilter.Outlet, empty.Filter);
        Assert.Equal("Nowhere News", empty.Asked);
        Assert.Equal(["Baltic Herald", "Channel News"], empty.IndexedOutlets);
    }

    [Fact]
    public async Task Days_beyond_the_newest_article_are_named_as_the_filter_that_matched_nothing()
    {
        // The harness's clock stands in November 2025, long after the newest article (14 Mar 2024).
        var answer = await _harness.AskAsync("Where did Franky Zapata land?", days: 7);

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        var empty = answer.NotFound!.EmptyFilter!;
        Assert.Equal(AskFilter.Days, empty.Filter);
        Assert.Equal("7", empty.Asked);
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 9, 0, 0, TimeSpan.Zero), answer.NotFound.Newest);
    }

    [Fact]
    public async Task A_period_in_the_question_that_holds_no_article_is_named()
    {
        var answer = await _harness.AskAsync("Where did Franky Zapata land in 2019?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        var empty = answer.NotFound!.EmptyFilter!;
        Assert.Equal(AskFilter.Period, empty.Filter);
        Assert.Equal("1 Jan 2019 to 31 Dec 2019", empty.Asked);
    }

    [Fact]
    public async Task An_indexed_outlet_is_not_reported_as_empty()
    {
        var answer = await _harness.AskAsync("What did Mamdani say?", outlet: "channel news");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Null(answer.NotFound!.EmptyFilter);
    }

    public void Dispose() => _harness.Dispose();
}
