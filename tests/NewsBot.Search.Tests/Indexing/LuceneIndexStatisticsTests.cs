using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class LuceneIndexStatisticsTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task Stats_count_articles_passages_and_outlets_with_their_dates()
    {
        var undated = TestArticleBuilder.Article("undated", "An undated note about zebras. It has two sentences.").Build();
        await _harness.Writer.UpsertAsync([Zebras(), Penguins(), undated], CancellationToken.None);

        var stats = _harness.Statistics.GetStats();

        Assert.Equal(3, stats.Articles);
        Assert.Equal(3, stats.Passages);
        Assert.Equal(Day, stats.Newest);
        Assert.Equal(Day.AddDays(-3), stats.Oldest);
        Assert.Equal(SearchHarness.Now, stats.UpdatedAt);
        var wild = Assert.Single(stats.Outlets, outlet => outlet.Outlet == "Wild News");
        Assert.Equal(1, wild.Articles);
        Assert.Equal(Day, wild.Newest);
    }

    public void Dispose() => _harness.Dispose();
}
