using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>The quote takes in the neighbouring sentence that holds the answer, and never grows when the sentence alone answers.</summary>
public sealed class NeighbourQuoteTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task The_sentence_after_the_topic_joins_the_quote_when_it_holds_the_number_asked_for()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "harbour-vote",
                "The regional assembly members finally voted on the harbour levy on Thursday. The tally was 31 to 12. Ferry operators welcomed the outcome.")
            .Titled("Assembly votes on harbour levy").Build());

        var answer = await _harness.AskAsync("How many members voted for the harbour levy?");

        var quote = answer.Articles[0].Quotes[0].Text;
        Assert.Equal("The regional assembly members finally voted on the harbour levy on Thursday. The tally was 31 to 12.", quote);
    }

    [Fact]
    public async Task A_sentence_that_holds_the_number_asked_for_is_quoted_alone()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "harbour-vote",
                "The harbour levy was backed by 31 members on Thursday. Members said the harbour levy debate was long and the levy vote close.")
            .Titled("Harbour levy passes").Build());

        var answer = await _harness.AskAsync("How many members backed the harbour levy vote?");

        Assert.Equal("The harbour levy was backed by 31 members on Thursday.", answer.Articles[0].Quotes[0].Text);
    }

    public void Dispose() => _harness.Dispose();
}
