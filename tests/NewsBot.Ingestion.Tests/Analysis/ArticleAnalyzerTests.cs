using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Files;
using NewsBot.Ingestion.Sources;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Analysis;

public sealed class ArticleAnalyzerTests
{
    private static readonly SentenceSplitter Splitter = new();
    private readonly ArticleAnalyzer _analyzer = new(Splitter, new PassageBuilder(new PassageOptions()), new StatedDateExtractor(Splitter));

    private static async Task<Article> ReadSeedAsync()
    {
        var source = new FolderSource(new SourceOptions { Name = "samples", Location = Path.GetDirectoryName(SeedArticle.Path)! }, NullLogger.Instance);
        var batch = await source.ReadAsync(CancellationToken.None);
        Assert.Empty(batch.Skipped);
        return Assert.Single(batch.Articles);
    }

    [Fact]
    public async Task The_shipped_sample_comes_out_with_a_headline_outlet_link_and_date_like_a_real_source()
    {
        var article = await ReadSeedAsync();

        Assert.Equal("Trump and Mamdani hold a cordial first meeting at the White House", article.Title);
        // The outlet the seed itself names ("According to Newsmax coverage of the event"), and that coverage's page.
        Assert.Equal("Newsmax", article.Outlet);
        Assert.Contains("Newsmax coverage", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("https://www.newsmax.com/", article.Url, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal(SeedArticle.Text, article.Text);
    }

    [Fact]
    public async Task Seed_analysis_quotes_the_work_together_sentence_and_lists_both_stated_dates()
    {
        var article = await ReadSeedAsync();

        var analyzed = _analyzer.Analyze(article);

        Assert.Contains(analyzed.Sentences, s => s.Slice(article.Text).Contains("“work together”", StringComparison.Ordinal));
        Assert.Contains(analyzed.Passages, p => p.Span.Slice(article.Text).Contains("“work together”", StringComparison.Ordinal));
        Assert.All(analyzed.Passages, p => Assert.Equal(article.Id, p.ArticleId));
        Assert.Equal([new DateOnly(2025, 11, 21), new DateOnly(2025, 11, 4)], analyzed.StatedDates.Select(d => d.Date));
        Assert.Matches("^[0-9a-f]{64}$", analyzed.ContentHash);
    }

    [Fact]
    public void Content_hash_ignores_white_space_and_quote_style_but_not_words()
    {
        Article Make(string text) => new("id", "t", text, null, null, null, null, "s", "l");

        var hash = _analyzer.Analyze(Make("He said “yes.”\nThen left.")).ContentHash;

        Assert.Equal(hash, _analyzer.Analyze(Make("He said \"yes.\"  Then left.")).ContentHash);
        Assert.NotEqual(hash, _analyzer.Analyze(Make("He said \"no.\" Then left.")).ContentHash);
    }

    [Fact]
    public void Analyzer_makes_one_sentence_of_text_without_punctuation()
    {
        var article = new Article("id", "t", "just some words with no end", null, null, null, null, "s", "l");

        var analyzed = _analyzer.Analyze(article);

        Assert.Equal([new TextSpan(0, article.Text.Length)], analyzed.Sentences);
        Assert.Single(analyzed.Passages);
    }

    [Fact]
    public void A_two_megabyte_text_of_short_sentences_on_one_line_is_analysed_within_the_time_bound_like_the_same_text_in_lines()
    {
        // A JSON "text" field holds a whole article on one line. Analysis used to grow with the square of such a
        // text (2 MB ran for many minutes); the analyzer's own bound (60 s by default) is what this test holds it to.
        var sentences = Enumerable.Range(0, 34_000)
            .Select(i => $"Councillor {(char)('A' + (i % 26))}. Novak questioned the transit bill in session {i}.")
            .ToList();
        var oneLine = new Article("one-line", "Council", string.Join(' ', sentences), null, null, null, null, "test", "one-line.json");
        var inLines = oneLine with { Id = "in-lines", Text = string.Join('\n', sentences) };
        using var bound = new CancellationTokenSource(_analyzer.TimeBound!.Value);

        var analyzedOneLine = _analyzer.Analyze(oneLine, null, bound.Token);
        var analyzedInLines = _analyzer.Analyze(inLines, null, bound.Token);

        Assert.True(oneLine.Text.Length > 2_000_000);
        Assert.Equal(analyzedInLines.Sentences.Count, analyzedOneLine.Sentences.Count);
        Assert.Equal(
            analyzedInLines.Passages.Sum(passage => passage.Sentences.Count),
            analyzedOneLine.Passages.Sum(passage => passage.Sentences.Count));
    }

    [Fact]
    public void A_text_with_a_run_of_300000_blank_lines_is_analysed_within_the_time_bound_into_its_two_paragraphs()
    {
        // Each line break of the run used to scan back over the whole run for text before it.
        var text = "The council met today in the city hall. " + string.Concat(Enumerable.Repeat("\n \n", 300_000)) + "It voted no on the plan again.";
        var article = new Article("blank-lines", "Council", text, null, null, null, null, "test", "blank-lines.json");
        using var bound = new CancellationTokenSource(_analyzer.TimeBound!.Value);

        var analyzed = _analyzer.Analyze(article, null, bound.Token);

        Assert.Equal(2, analyzed.Sentences.Count);
        Assert.Equal(2, analyzed.Passages.Count);
    }

    [Fact]
    public void Analysis_stops_when_its_time_is_up()
    {
        var article = new Article("long", "Council", string.Concat(Enumerable.Repeat("The council met again. ", 10_000)), null, null, null, null, "test", "long.json");
        using var expired = new CancellationTokenSource();
        expired.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _analyzer.Analyze(article, null, expired.Token));
    }
}
