using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Recent;
using NewsBot.Testing;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests;

/// <summary>The engine on the article the project was created from, as shipped in <c>index/articles/</c>.</summary>
public sealed class SeedArticleTests : IDisposable
{
    private readonly SearchHarness _harness = new();
    private readonly AnalyzedArticle _seed;

    public SeedArticleTests()
    {
        var text = RepositoryPaths.SeedArticleText;
        _seed = TestArticleBuilder.Article("seed", text)
            .Published(new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero))
            .Stating(new DateOnly(2025, 11, 21), "Nov. 21, 2025")
            .Stating(new DateOnly(2025, 11, 4), "Nov. 4")
            .Build();
        _harness.ReplaceAllAsync(_seed).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Asking_what_Trump_said_about_working_with_Mamdani_quotes_the_work_together_sentence()
    {
        var answer = await _harness.AskAsync("What did Trump say about working with Mamdani?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var first = answer.Articles[0].Quotes[0];
        Assert.Contains("work together", first.Text, StringComparison.Ordinal);
        Assert.Equal(first.Span.Slice(_seed.Article.Text), first.Text);
    }

    [Fact]
    public async Task Asking_what_Trump_said_quotes_no_second_sentence_that_says_nothing()
    {
        var answer = await _harness.AskAsync("What did Trump say about working with Mamdani?");

        // The lede names Trump and Mamdani but reports no words of theirs: it answers who met, not what was said.
        var quote = Assert.Single(Assert.Single(answer.Articles).Quotes);
        Assert.Contains("work together", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_the_capital_of_France_is_not_found()
    {
        var answer = await _harness.AskAsync("What is the capital of France?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Articles);
    }

    [Fact]
    public async Task Recent_lists_the_November_21_meeting_once_at_its_most_specific_date()
    {
        var recent = await _harness.Recent.GetRecentAsync(new RecentRequest(), CancellationToken.None);

        // The first sentence states Nov. 21, 2025 and, in passing, Nov. 4: one sentence, one event, at the full date.
        var meeting = Assert.Single(recent.Events);
        Assert.Equal(new DateOnly(2025, 11, 21), meeting.Date);
        Assert.StartsWith("On Nov. 21, 2025, President Donald Trump", meeting.Sentence, StringComparison.Ordinal);
        Assert.Equal(meeting.Span.Slice(_seed.Article.Text), meeting.Sentence);
        Assert.Empty(recent.Expected);
        Assert.Equal("seed", Assert.Single(recent.Articles).Citation.ArticleId);
    }

    public void Dispose() => _harness.Dispose();
}
