using NewsBot.Core.Answers;
using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class QuestionAnswererTests : IDisposable
{
    private readonly SearchHarness _harness = SearchHarness.InMemory();

    public QuestionAnswererTests() => _harness.ReplaceAllAsync(NewsCorpus.All).GetAwaiter().GetResult();

    public static TheoryData<string> HostileQuestions => new()
    {
        "AND OR NOT",
        "budget AND",
        "OR transit",
        "NOT NOT NOT",
        "*",
        "bud*",
        "?",
        "bu?get",
        "title:x",
        "outlet:\"Daily Planet\" budget",
        "\"unbalanced quote about the budget",
        "budget\"",
        "\"\"",
        "\" \"",
        "transit~2",
        "~",
        "\\",
        "budget \\ \\\\ \\\"",
        "(((",
        ")))budget(((",
        "[1 TO 5]",
        "{a TO b}",
        "+budget -bus",
        "budget^10",
        "/regex.*/",
        "&& || !",
        "id:council-budget",
        "published:[* TO *]",
        new string('!', 500),
        new string('.', 499) + "?",
        string.Concat(Enumerable.Repeat("(\")*:~^\\", 55)),
        "🗳️🇺🇸 budget 🚌",
        "🚌🚌🚌",
        "transit budget " + new string('x', 480),
        new string('a', 500),
        string.Join(' ', Enumerable.Repeat("budget", 80)),
        string.Join(' ', Enumerable.Range(0, 160).Select(i => "w" + i)),
        "what\0 is\t the\r\n budget",
        "since Nov 99 budget",
        "in Novembr of last 0 days",
        "last 99999 days budget",
    };

    [Theory]
    [MemberData(nameof(HostileQuestions))]
    public async Task Hostile_questions_are_only_words_and_never_throw(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.Equal(question, answer.Question);
        Assert.True(answer.Outcome is AnswerOutcome.Found or AnswerOutcome.NotFound or AnswerOutcome.Rejected);
        AssertQuotesAreVerbatim(answer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("the of and to in")]
    [InlineData("What did they say about it?")]
    public async Task Empty_and_stop_word_questions_are_rejected_with_a_reason(string question)
    {
        var answer = await _harness.AskAsync(question);

        Assert.Equal(AnswerOutcome.Rejected, answer.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(answer.Problem));
    }

    [Fact]
    public async Task A_question_over_500_characters_is_rejected()
    {
        var answer = await _harness.AskAsync("budget " + new string('x', 500));

        Assert.Equal(AnswerOutcome.Rejected, answer.Outcome);
        Assert.Contains("500", answer.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_found_answer_quotes_the_matching_sentence_verbatim_with_its_citation()
    {
        var answer = await _harness.AskAsync("What did senators warn about cuts to bus service?");

        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var first = answer.Articles[0];
        Assert.Equal("senate-budget", first.Citation.ArticleId);
        Assert.Equal("Capitol Report", first.Citation.Outlet);
        Assert.Equal(["Wire Service"], first.Citation.AlsoCarriedBy);
        Assert.Equal("Several senators warned that cuts to bus service would hurt commuters.", first.Quotes[0].Text);
        AssertQuotesAreVerbatim(answer);
    }

    [Fact]
    public async Task Highlights_point_at_the_matched_words_of_the_quote()
    {
        var answer = await _harness.AskAsync("What did senators warn about cuts to bus service?");

        var quote = answer.Articles[0].Quotes[0];
        var highlighted = quote.Highlights.Select(span => span.Slice(quote.Text)).ToList();
        Assert.Equal(["senators warned", "cuts", "bus service"], highlighted);
    }

    [Theory]
    [InlineData("Who backed \"tax cuts\" for families?", "tax-cuts", "tax cuts")]
    [InlineData("Who backed \"credit cuts\" for families?", "tax-credit", "credit cuts")]
    [InlineData("Who backed “credit cuts” for families?", "tax-credit", "credit cuts")]
    public async Task A_quoted_phrase_prefers_the_passage_holding_it_verbatim(string question, string articleId, string phrase)
    {
        var answer = await _harness.AskAsync(question);

        Assert.Equal(articleId, answer.Articles[0].Citation.ArticleId);
        var quote = answer.Articles[0].Quotes[0];
        Assert.Contains(quote.Highlights, span => span.Slice(quote.Text).Contains(phrase, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What happened with the transit budget yesterday?", new[] { "council-budget", "council-budget-follow-up" })]
    [InlineData("transit budget since Nov 19", new[] { "council-budget", "council-budget-follow-up" })]
    [InlineData("transit budget this week", new[] { "council-budget", "council-budget-follow-up", "senate-budget" })]
    [InlineData("Who backed tax cuts for families last week?", new[] { "tax-cuts", "tax-credit" })]
    [InlineData("transit budget in the last 5 days", new[] { "council-budget", "council-budget-follow-up", "senate-budget" })]
    [InlineData("What did the mayor announce in October?", new[] { "hiring-freeze" })]
    [InlineData("mayor hiring freeze this month", new string[0])]
    [InlineData("transit budget in 2024", new string[0])]
    public async Task Date_words_filter_by_publication_date(string question, string[] expected)
    {
        var answer = await _harness.AskAsync(question);

        var ids = answer.Articles.Select(group => group.Citation.ArticleId).Order().ToArray();
        Assert.Equal(expected.Order().ToArray(), ids);
    }

    [Fact]
    public async Task The_days_setting_keeps_only_recent_articles()
    {
        var answer = await _harness.AskAsync("transit budget bus service", days: 2);

        Assert.All(answer.Articles, group => Assert.StartsWith("council-budget", group.Citation.ArticleId, StringComparison.Ordinal));
        Assert.NotEmpty(answer.Articles);
    }

    [Theory]
    [InlineData("Capitol Report")]
    [InlineData("capitol report")]
    [InlineData("Wire Service")]
    public async Task The_outlet_setting_keeps_only_that_outlet_and_its_carriers(string outlet)
    {
        var answer = await _harness.AskAsync("transit budget bus service", outlet: outlet);

        Assert.Equal("senate-budget", Assert.Single(answer.Articles).Citation.ArticleId);
    }

    [Fact]
    public async Task Different_outlets_come_before_a_second_article_of_the_same_outlet()
    {
        var answer = await _harness.AskAsync("What did council members say about bus service in the transit budget?");

        Assert.True(answer.Articles.Count >= 3);
        Assert.Equal("Daily Planet", answer.Articles[0].Citation.Outlet);
        Assert.Equal("Capitol Report", answer.Articles[1].Citation.Outlet);
        Assert.Equal(2, answer.OutletCount - 1);
    }

    [Fact]
    public async Task Max_articles_limits_the_groups()
    {
        var answer = await _harness.Answerer.AskAsync(new AskRequest("transit budget bus service", MaxArticles: 1), CancellationToken.None);

        Assert.Single(answer.Articles);
    }

    [Fact]
    public async Task An_unanswerable_question_is_not_found_and_offers_the_closest_headlines()
    {
        var answer = await _harness.AskAsync("What did the mayor say about the Mars colony treaty?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
        Assert.Empty(answer.Articles);
        Assert.Contains(answer.ClosestHeadlines, citation => citation.ArticleId == "hiring-freeze");
        Assert.InRange(answer.ClosestHeadlines.Count, 1, 3);
        Assert.Equal(answer.ClosestHeadlines.Count, answer.ClosestHeadlines.DistinctBy(citation => citation.ArticleId).Count());
    }

    [Fact]
    public async Task Undated_articles_are_answered_without_a_date_filter()
    {
        var answer = await _harness.AskAsync("How many bridges did the flood destroy?");

        Assert.Equal("river-flood", answer.Articles[0].Citation.ArticleId);
        Assert.Null(answer.Articles[0].Citation.Published);
    }

    [Fact]
    public async Task A_missing_index_answers_not_found_without_throwing()
    {
        using var empty = new SearchHarness();

        var answer = await empty.AskAsync("What did senators warn about?");

        Assert.Equal(AnswerOutcome.NotFound, answer.Outcome);
    }

    [Fact]
    public void Question_length_limit_is_500_characters() => Assert.Equal(500, AskBounds.MaxQuestionLength);

    private static void AssertQuotesAreVerbatim(Answer answer)
    {
        foreach (var group in answer.Articles)
        {
            foreach (var quote in group.Quotes)
            {
                Assert.Equal(quote.Span.Slice(NewsCorpus.TextOf(group.Citation.ArticleId)), quote.Text);
                Assert.All(quote.Highlights, span => Assert.InRange(span.End, 1, quote.Text.Length));
            }
        }
    }

    public void Dispose() => _harness.Dispose();
}
