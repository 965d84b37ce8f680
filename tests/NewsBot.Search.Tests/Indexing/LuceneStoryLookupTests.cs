using Microsoft.Extensions.Logging;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Search.Indexing;
using NewsBot.Testing.Articles;
using static NewsBot.Search.Tests.Indexing.IndexTestArticles;

namespace NewsBot.Search.Tests.Indexing;

public sealed class LuceneStoryLookupTests : IDisposable
{
    private readonly SearchHarness _harness = new();

    [Fact]
    public async Task Article_ids_are_listed_by_source()
    {
        await _harness.Writer.UpsertAsync([Zebras(), Penguins()], CancellationToken.None);

        Assert.Equal(["zebras"], await _harness.Stories.GetArticleIdsAsync("feeds", CancellationToken.None));
        Assert.Empty(await _harness.Stories.GetArticleIdsAsync("elsewhere", CancellationToken.None));
    }

    [Fact]
    public async Task Adding_a_carrier_credits_it_on_the_story_rewriting_only_its_own_document()
    {
        await _harness.ReplaceAllAsync(Zebras(), Penguins());
        var before = await _harness.AskAsync("Where did the zebras graze?");

        var update = await _harness.Stories.AddCarriersAsync(
            new Dictionary<string, IReadOnlyList<string>> { ["zebras"] = ["Plains Gazette", "wild news"], ["unknown"] = ["Nobody"] },
            CancellationToken.None);
        var again = await _harness.Stories.AddCarriersAsync(
            new Dictionary<string, IReadOnlyList<string>> { ["zebras"] = ["plains gazette"] },
            CancellationToken.None);

        Assert.Equal((1, 0), (update.Updated, update.Passages));
        Assert.Equal(0, again.Updated);
        var after = await _harness.AskAsync("Where did the zebras graze?", outlet: "Plains Gazette");
        Assert.Equal(["Plains Gazette"], after.Articles[0].Citation.AlsoCarriedBy);
        Assert.Equal(before.Articles[0].Quotes.Select(quote => (quote.Text, quote.Span)), after.Articles[0].Quotes.Select(quote => (quote.Text, quote.Span)));
        Assert.Equal(2, _harness.Statistics.GetStats().Articles);
        var credit = (await _harness.Stories.GetCreditsAsync(["zebras", "unknown"], CancellationToken.None)).Single();
        Assert.Equal(("zebras", "feeds", "Wild News"), (credit.Key, credit.Value.SourceName, credit.Value.Outlet));
    }

    [Fact]
    public async Task A_credit_names_the_indexed_copys_url_source_host_and_text_and_crediting_a_carrier_keeps_them()
    {
        var zebras = Zebras();
        zebras = zebras with { Article = zebras.Article with { Url = "https://wild.example/zebras", SourceHost = "feeds.wild.example" } };
        await _harness.ReplaceAllAsync(zebras);

        await _harness.Stories.AddCarriersAsync(new Dictionary<string, IReadOnlyList<string>> { ["zebras"] = ["Plains Gazette"] }, CancellationToken.None);

        var credit = (await _harness.Stories.GetCreditsAsync(["zebras"], CancellationToken.None))["zebras"];
        Assert.Equal(["Plains Gazette"], credit.AlsoCarriedBy);
        Assert.Equal(("https://wild.example/zebras", "feeds.wild.example"), (credit.Url, credit.SourceHost));
        Assert.Equal(zebras.ContentHash, credit.Fingerprint?.ContentHash);
    }

    public void Dispose() => _harness.Dispose();
}
