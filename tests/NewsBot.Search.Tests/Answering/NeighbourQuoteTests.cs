using NewsBot.Core.Answers;
using NewsBot.Search.Answering;
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

    [Fact]
    public async Task A_sentence_that_points_back_with_due_to_this_is_quoted_with_the_sentence_it_points_at()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "toy-eggs",
                "Regulators opened a review of imported confectionery last spring. A 1938 food law bans sweets that hide toys inside them. Due to this, the sale of chocolate toy eggs is prohibited in the country. Importers called the rule outdated.")
            .Titled("Chocolate toy eggs stay banned").Build());

        var answer = await _harness.AskAsync("Why is the sale of chocolate toy eggs prohibited?");

        Assert.Equal("A 1938 food law bans sweets that hide toys inside them. Due to this, the sale of chocolate toy eggs is prohibited in the country.", answer.Articles[0].Quotes[0].Text);
    }

    [Fact]
    public async Task For_why_the_sentence_after_joins_when_it_states_a_cause_with_a_connective()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "kerrin-roof",
                "The warehouse roof fell in on Tuesday in the port town of Kerrin, injuring two workers. Heavy snow led to the failure of the old timber beams, officials said. The warehouse will stay shut.")
            .Titled("Warehouse roof falls in at Kerrin").Build());

        var answer = await _harness.AskAsync("Why did the warehouse roof in Kerrin fall in?");

        Assert.Equal("The warehouse roof fell in on Tuesday in the port town of Kerrin, injuring two workers. Heavy snow led to the failure of the old timber beams, officials said.", answer.Articles[0].Quotes[0].Text);
    }

    [Theory]
    [InlineData("Due to this, the sale is banned.", true)]
    [InlineData("  As a result, talks were suspended.", true)]
    [InlineData("This is why the minister resigned.", true)]
    [InlineData("Therefore the bill failed.", true)]
    [InlineData("He said the bill failed.", false)]
    [InlineData("Due to heavy rain, the match was postponed.", false)]
    [InlineData("Thusday is not a word, but Thursday is.", false)]
    public void Only_a_connective_that_refers_to_the_sentence_before_counts_as_pointing_back(string sentence, bool pointsBack) =>
        Assert.Equal(pointsBack, BackReference.OpensWith(sentence));

    public void Dispose() => _harness.Dispose();
}
