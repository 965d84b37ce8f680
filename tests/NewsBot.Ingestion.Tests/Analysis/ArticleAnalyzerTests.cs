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
}
