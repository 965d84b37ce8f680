using NewsBot.Core.Articles;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>The sentence quoted is the one that answers, not the one that repeats the question's words.</summary>
public sealed class PassageRankerTests : IDisposable
{
    private static readonly AnalyzedArticle MinisterResigns = TestArticleBuilder.Article(
            "minister-resigns",
            "The finance minister, Maria Lopes, resigned from the cabinet on Thursday.\n\n"
            + "Lopes cited a dispute over the pension reform as the reason for leaving.\n\n"
            + "The prime minister thanked her for her work.")
        .Titled("Finance minister resigns")
        .From("Daily Planet").Published(new DateTimeOffset(2025, 11, 20, 9, 0, 0, TimeSpan.Zero)).Build();

    private static readonly AnalyzedArticle HarbourFire = TestArticleBuilder.Article(
            "harbour-fire",
            "A fire destroyed a warehouse at the old harbour of Porto Vale.\n\n"
            + "The blaze broke out at about 02:30 on Sunday, firefighters said.\n\n"
            + "Some 120 firefighters fought the blaze for six hours.")
        .Titled("Fire destroys harbour warehouse")
        .From("Metro Times").Published(new DateTimeOffset(2025, 11, 17, 9, 0, 0, TimeSpan.Zero)).Build();

    private readonly SearchHarness _harness = new();

    public PassageRankerTests() => _harness.ReplaceAllAsync([MinisterResigns, HarbourFire, .. NewsCorpus.All]).GetAwaiter().GetResult();

    [Fact]
    public async Task A_why_question_quotes_the_sentence_that_gives_the_reason()
    {
        var answer = await _harness.AskAsync("Why did Maria Lopes resign?");

        var quote = answer.Articles[0].Quotes[0];
        Assert.Equal("Lopes cited a dispute over the pension reform as the reason for leaving.", quote.Text);
        Assert.Contains(quote.Highlights, span => span.Slice(quote.Text).StartsWith("cited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_when_question_quotes_the_sentence_with_the_time_and_bolds_it()
    {
        var answer = await _harness.AskAsync("When did the fire at the harbour warehouse start?");

        var quote = answer.Articles[0].Quotes[0];
        Assert.Equal("The blaze broke out at about 02:30 on Sunday, firefighters said.", quote.Text);
        Assert.Equal(["02:30", "Sunday"], quote.Highlights.Select(span => span.Slice(quote.Text)));
    }

    [Fact]
    public async Task A_how_many_question_bolds_the_number_not_the_question_words()
    {
        var answer = await _harness.AskAsync("How many firefighters fought the harbour fire?");

        var quote = answer.Articles[0].Quotes[0];
        Assert.Equal("Some 120 firefighters fought the blaze for six hours.", quote.Text);
        Assert.Equal("120", quote.Highlights[0].Slice(quote.Text));
        Assert.DoesNotContain(quote.Highlights, span => span.Slice(quote.Text).Contains("fought", StringComparison.Ordinal));
    }

    public void Dispose() => _harness.Dispose();
}
