using NewsBot.Core.Answers;
using NewsBot.Search;
using NewsBot.Search.Answering;
using NewsBot.Testing.Articles;

namespace NewsBot.Search.Tests.Answering;

/// <summary>
/// A quote at its passage's edge runs on into the next paragraph's passage by the same rules as inside a passage
/// (<see cref="BorderQuotes"/>), verbatim, and never into another article or past a sentence that alone answers.
/// </summary>
public sealed class BorderQuoteTests : IDisposable
{
    private const string VoteParagraph = "Councillors of the northern regional assembly finally voted on the disputed harbour levy on Thursday afternoon after a long debate.";

    // The vote paragraph leads its article by the hand-set lead choice, which is what these fixtures need to reach the
    // border; the shipped lead model may instead lead with the tally's own passage, which answers without a join (the
    // last test checks the first quote holds the tally either way).
    private readonly SearchHarness _harness = new(options: new SearchOptions { LearnedRanking = false });

    [Fact]
    public async Task The_next_paragraph_s_first_sentence_joins_when_it_holds_the_number_asked_for()
    {
        var text = VoteParagraph + "\n\nThe tally was 31 to 12. Ferry operators welcomed the outcome, and the port authority said fees would rise.";
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("harbour-vote", text).Titled("Assembly votes on harbour levy").Build());

        var quotes = (await _harness.AskAsync("How many councillors voted for the harbour levy?")).Articles[0].Quotes;

        var quote = quotes[0];
        Assert.Equal(VoteParagraph + "\n\nThe tally was 31 to 12.", quote.Text);
        Assert.Equal(text.Substring(quote.Span.Start, quote.Span.Length), quote.Text);
        Assert.Contains(quote.Highlights, span => quote.Text.Substring(span.Start, span.Length).Contains("31", StringComparison.Ordinal));

        // The tally's passage would be the article's second quote; the first now holds the tally, so it is not repeated.
        Assert.DoesNotContain(quotes.Skip(1), other => other.Span.Overlaps(quote.Span));
    }

    [Fact]
    public async Task A_paragraph_opening_with_due_to_this_is_quoted_with_the_sentence_ending_the_paragraph_before()
    {
        const string Law = "A food law passed in 1938 bans sweets that hide toys inside them, regulators confirmed after reviewing imported confectionery.";
        var text = Law + "\n\nDue to this, the sale of chocolate toy eggs is prohibited in the country. Importers called the rule outdated.";
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("toy-eggs", text).Titled("Chocolate toy eggs stay banned").Build());

        var quote = (await _harness.AskAsync("Why is the sale of chocolate toy eggs prohibited?")).Articles[0].Quotes[0];

        Assert.Equal(Law + "\n\nDue to this, the sale of chocolate toy eggs is prohibited in the country.", quote.Text);
        Assert.Equal(text.Substring(quote.Span.Start, quote.Span.Length), quote.Text);
    }

    [Fact]
    public async Task A_sentence_that_holds_the_number_asked_for_does_not_run_on_into_the_next_paragraph()
    {
        const string Tally = "The harbour levy was backed by 31 councillors of the northern regional assembly on Thursday afternoon.";
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("harbour-vote", Tally + "\n\nSome 400 ferry workers had marched against it.").Titled("Harbour levy passes").Build());

        var quote = (await _harness.AskAsync("How many councillors backed the harbour levy?")).Articles[0].Quotes[0];

        Assert.Equal(Tally, quote.Text);
    }

    [Fact]
    public async Task The_last_passage_of_an_article_never_runs_on_into_the_next_article()
    {
        await _harness.ReplaceAllAsync(
            TestArticleBuilder.Article("harbour-vote", VoteParagraph).Titled("Assembly votes on harbour levy").Build(),
            TestArticleBuilder.Article("ferry-fares", "The tally was 31 to 12 in the ferry board's own ballot on fares.").Titled("Ferry board sets fares").Build());

        var answer = await _harness.AskAsync("How many councillors voted for the harbour levy?");

        var group = Assert.Single(answer.Articles, group => group.Citation.ArticleId == "harbour-vote");
        Assert.Equal(VoteParagraph, group.Quotes[0].Text);
    }

    [Fact]
    public async Task A_quote_runs_on_after_its_article_was_written_again()
    {
        // An upsert deletes the article's documents and writes them again as one block elsewhere in the index: the
        // passage beside is still found.
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("harbour-vote", VoteParagraph + "\n\nThe tally was 30 to 13.").Titled("Assembly votes on harbour levy").Build());
        await _harness.Writer.UpsertAsync([TestArticleBuilder.Article("harbour-vote", VoteParagraph + "\n\nThe tally was 31 to 12.").Titled("Assembly votes on harbour levy").Build()], CancellationToken.None);

        var quote = (await _harness.AskAsync("How many councillors voted for the harbour levy?")).Articles[0].Quotes[0];

        Assert.Equal(VoteParagraph + "\n\nThe tally was 31 to 12.", quote.Text);
    }

    [Fact]
    public async Task For_who_the_next_paragraph_joins_when_it_names_someone_beside_the_asked_role()
    {
        const string Match = "On Saturday, Caloundra defeated Maroochydore in round three of the Sunshine Coast rugby union season, with Ben Hale scoring twice.";
        var text = Match + "\n\n\"I am pretty happy with that\", Caloundra coach Geoff Ingram said after the match.";
        await _harness.ReplaceAllAsync(TestArticleBuilder.Article("caloundra", text).Titled("Caloundra beat Maroochydore").Build());

        var quote = (await _harness.AskAsync("Who coaches the Caloundra rugby union side?")).Articles[0].Quotes[0];

        Assert.Equal(text, quote.Text);
    }

    [Fact]
    public async Task With_the_shipped_models_the_first_quote_holds_the_tally_joined_or_alone()
    {
        using var harness = new SearchHarness();
        var text = VoteParagraph + "\n\nThe tally was 31 to 12. Ferry operators welcomed the outcome, and the port authority said fees would rise.";
        await harness.ReplaceAllAsync(TestArticleBuilder.Article("harbour-vote", text).Titled("Assembly votes on harbour levy").Build());

        var quote = (await harness.AskAsync("How many councillors voted for the harbour levy?")).Articles[0].Quotes[0];

        Assert.Contains("The tally was 31 to 12.", quote.Text, StringComparison.Ordinal);
        Assert.Equal(text.Substring(quote.Span.Start, quote.Span.Length), quote.Text);
    }

    public void Dispose() => _harness.Dispose();
}
