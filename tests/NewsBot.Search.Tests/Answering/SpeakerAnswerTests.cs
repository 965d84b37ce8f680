using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>
/// "What did X say" quotes words attributed to X; or, when no indexed sentence gives X's words, the passages that name
/// X under a line saying so; or "not found" when none names X.
/// </summary>
public sealed class SpeakerAnswerTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    [Fact]
    public async Task The_quote_is_the_named_speaker_s_words_not_another_speaker_s_words_about_them()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "pier",
                "The mayor met harbour chief Okafor at the pier on Monday. " +
                "\"Okafor and I agree the pier must be rebuilt before winter,\" the mayor said after the meeting with Okafor. " +
                "Crews had closed the pier in March. " +
                "\"We will start with the pilings, and the ferries will keep running,\" Okafor said.")
            .Titled("Mayor and Okafor meet at the pier").Build());

        var answer = await _harness.AskAsync("what did okafor say about the pier");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains("Okafor said", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("the mayor said", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speaker_whose_words_no_sentence_gives_is_quoted_from_the_passages_that_name_them_and_named()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "pier",
                "The mayor met harbour chief Okafor at the pier on Monday. " +
                "\"Okafor and I agree the pier must be rebuilt before winter,\" the mayor said after the meeting.")
            .Titled("Mayor and Okafor meet at the pier").Build());

        var answer = await _harness.AskAsync("What did Okafor say about the pier?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal("okafor", answer.UnattributedSpeaker);
        Assert.Equal("pier", answer.Articles[0].Citation.ArticleId);
        Assert.Contains("Okafor", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_speaker_whose_own_words_are_quoted_carries_no_caveat()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "pier",
                "\"We will start with the pilings,\" Okafor said at the pier on Monday.")
            .Titled("Okafor at the pier").Build());

        var answer = await _harness.AskAsync("What did Okafor say about the pier?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Null(answer.UnattributedSpeaker);
    }

    [Fact]
    public async Task A_speaker_only_a_headline_names_is_not_found_and_named()
    {
        // The passages (the article's text) never name Okafor, so nothing could be quoted about them.
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "pier",
                "The mayor met the harbour chief at the pier on Monday. " +
                "\"We agree the pier must be rebuilt before winter,\" the mayor said after the meeting.")
            .Titled("Mayor and Okafor meet at the pier").Build());

        var answer = await _harness.AskAsync("What did Okafor say about the pier?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal("okafor", answer.NotFound?.SilentSpeaker);
    }

    [Fact]
    public async Task A_speaker_the_index_never_mentions_is_not_found_as_an_absent_name()
    {
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article(
                "pier",
                "The mayor met harbour chief Okafor at the pier on Monday. " +
                "\"Okafor and I agree the pier must be rebuilt before winter,\" the mayor said after the meeting.")
            .Titled("Mayor and Okafor meet at the pier").Build());

        var answer = await _harness.AskAsync("What did Adeyemi say about the pier?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Null(answer.UnattributedSpeaker);
        Assert.Contains("Adeyemi", answer.NotFound!.AbsentTerms);
    }

    public void Dispose() => _harness.Dispose();
}
