using NewsBot.Core.Answers;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>How many articles an answer lists: the confident ones first, then the next best, up to <see cref="AskRequest.MaxArticles"/>.</summary>
public sealed class AnswerBreadthTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task A_found_answer_goes_on_past_the_confident_article_with_the_next_best_ones()
    {
        await _harness.ReplaceAllAsync(
            TestArticleBuilder.Article("senators", "Senators warned that cuts to bus service would hurt commuters.").Titled("Senators warn on cuts").Build(),
            TestArticleBuilder.Article("depot", "The bus depot on Main Street was painted blue.").Titled("Depot repainted").Build(),
            TestArticleBuilder.Article("apples", "Farmers harvested apples in the valley.").Titled("Apple harvest").Build());

        var answer = await _harness.AskAsync("Did senators warn about cuts to bus service?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(["senators", "depot"], answer.Articles.Select(group => group.Citation.ArticleId));
    }

    [Fact]
    public async Task Not_found_offers_as_many_closest_headlines_as_articles_were_asked_for()
    {
        string[] words = ["zebra", "quartz", "violin", "orchestra"];
        var articles = Enumerable.Range(0, 12)
            .Select(i => TestArticleBuilder.Article($"a{i:D2}", $"Item {i} mentions a {words[i % words.Length]} once and nothing else of note.")
                .Titled($"Item {i}").Build())
            .ToArray();
        await _harness.ReplaceAllAsync(articles);

        var answer = await _harness.AskAsync("Why did the zebra quartz violin orchestra tour?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Equal(new AskRequest("q").MaxArticles, answer.ClosestHeadlines.Count);
        Assert.Equal(answer.ClosestHeadlines.Count, answer.ClosestHeadlines.Select(citation => citation.ArticleId).Distinct().Count());
    }

    [Fact]
    public async Task The_exact_word_form_ranks_above_a_shared_stem()
    {
        await _harness.ReplaceAllAsync(
            TestArticleBuilder.Article("worked", "The volunteers had worked on the dam.").Titled("Dam volunteers").Build(),
            TestArticleBuilder.Article("working", "The volunteers were working on the dam.").Titled("Dam volunteers").Build());

        var answer = await _harness.AskAsync("Who was working on the dam?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Equal(["working", "worked"], answer.Articles.Select(group => group.Citation.ArticleId));
    }

    public void Dispose() => _harness.Dispose();
}
