using NewsBot.Core.Answers;
using NewsBot.Search.Answering;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>"What did X say" quotes the sentence X's words run on into, so the quote is not cut off mid-quotation.</summary>
public sealed class QuotationNeighbourTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    [Fact]
    public async Task Words_that_run_on_after_the_sentence_are_quoted_with_the_sentence_they_run_into()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "ferry-chief",
                "Okafor said, \"I announce with sadness the end of the night ferry. " +
                "We will run buses instead.\" The council meets on Friday. " +
                "Islanders had used the ferry for sixty years.")
            .Titled("Night ferry withdrawn").Build());

        var answer = await _harness.AskAsync("What did Okafor say about the night ferry?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(
            "Okafor said, \"I announce with sadness the end of the night ferry. We will run buses instead.\"",
            answer.Articles[0].Quotes[0].Text);
    }

    [Fact]
    public async Task Words_that_began_before_the_sentence_are_quoted_with_the_sentence_they_began_in()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "launch",
                "The capsule reached orbit on Saturday. " +
                "\"To be frank I am a little exhausted because that was stressful. " +
                "But it worked, so far,\" founder Okafor told the press after the launch. " +
                "The capsule docks on Sunday.")
            .Titled("Capsule reaches orbit").Build());

        var answer = await _harness.AskAsync("What did Okafor say after the launch?");

        Assert.Equal(
            "\"To be frank I am a little exhausted because that was stressful. But it worked, so far,\" founder Okafor told the press after the launch.",
            answer.Articles[0].Quotes[0].Text);
    }

    [Theory]
    [InlineData("He said, \"We will run buses.\"", false, false)]
    [InlineData("He said, \"We will run buses.", true, false)]
    [InlineData("We will run buses,\" he said.", false, true)]
    [InlineData("\u201CWe will run buses,\u201D he said.", false, false)]
    [InlineData("\u201CWe will run buses.", true, false)]
    [InlineData("It is 6\" long.", false, true)]
    public void Quotation_marks_say_whether_words_run_on_past_the_text(string text, bool opens, bool closes) =>
        Assert.Equal((opens, closes), QuotationMarks.Balance(text));

    public void Dispose() => _harness.Dispose();
}
