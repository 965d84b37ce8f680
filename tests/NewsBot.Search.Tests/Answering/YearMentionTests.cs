using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>A year named in a question ("in 1995") filters by publication, or finds passages that themselves name the year.</summary>
public sealed class YearMentionTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    public YearMentionTests() => _harness.ReplaceAllAsync(
            TestArticleBuilder.Article("mill-history", "In 1995 the river flooded the old mill. The mill was rebuilt in stone.")
                .Titled("The mill by the river").Published(new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero)).Build(),
            TestArticleBuilder.Article("mill-sale", "The old mill was sold to a bakery. The river still turns its wheel.")
                .Titled("Mill sold").Published(new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.Zero)).Build())
        .GetAwaiter().GetResult();

    [Fact]
    public async Task A_passage_that_names_the_asked_year_is_found_though_published_later()
    {
        var answer = await _harness.AskAsync("What did the river flood in 1995?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(["mill-history"], answer.Articles.Select(group => group.Citation.ArticleId));
        Assert.Contains("1995", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_the_passages_do_not_name_still_filters_by_publication()
    {
        var answer = await _harness.AskAsync("What did the river flood in 1996?");

        Assert.Empty(answer.Articles);
    }

    [Fact]
    public async Task The_days_setting_is_not_widened_by_a_named_year()
    {
        var answer = await _harness.AskAsync("What did the river flood in 1995?", days: 2);

        Assert.Empty(answer.Articles);
    }

    public void Dispose() => _harness.Dispose();
}
