using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>When an answer quotes one article twice: only when the second quote answers as firmly as the first.</summary>
public sealed class SecondQuoteTests : IDisposable
{
    private const string Council =
        "The mayor met the transit board on Monday to discuss the bus network. " +
        "Board members asked about the cost of new routes and the drivers they would need. " +
        "The meeting ran for three hours and ended without a vote. " +
        "Several riders waited outside the hall with signs about late buses. " +
        "Later the mayor said \"we will run more buses at night\" to reporters outside the hall. " +
        "The board will meet again in January to look at the figures. " +
        "The city's budget office has not yet priced the plan. " +
        "At a second stop the mayor said \"buses come first in this budget\" to a crowd of riders.";

    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task A_second_passage_quoting_words_said_is_shown_under_the_first()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("council", Council).Titled("Mayor meets transit board").Build());

        var answer = await _harness.AskAsync("What did the mayor say about buses?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var quotes = Assert.Single(answer.Articles).Quotes;
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, quote => Assert.Contains("said \"", quote.Text, StringComparison.Ordinal));
    }

    public void Dispose() => _harness.Dispose();
}
