using NewsBot.Core.Articles;
using NewsBot.Ingestion.Dedup;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Dedup;

/// <summary>When two sources claim the same story, whose words and whose name the index keeps.</summary>
public sealed class StoryClaimTests
{
    private const string StoryUrl = "https://trusted.example/politics/budget";

    private static Article Claim(string source, string? host, string text, string outlet) =>
        new("id-" + source, "Budget passes", text, outlet, StoryUrl, null, null, source, StoryUrl) { SourceHost = host };

    [Fact]
    public void The_copy_from_the_source_whose_host_is_the_storys_wins_over_an_earlier_claim()
    {
        var forged = Claim("impostor", "impostor.example", "Invented words the outlet never wrote.", "Impostor");
        var genuine = Claim("trusted", "feeds.trusted.example", "The council passed the budget on Tuesday.", "Trusted Times");

        var result = new ArticleDeduplicator().Deduplicate([forged, genuine]);

        var kept = Assert.Single(result.Kept);
        Assert.Equal("The council passed the budget on Tuesday.", kept.Text);
        Assert.Equal("Trusted Times", kept.Outlet);
        Assert.DoesNotContain("Impostor", kept.AlsoCarriedBy);
        Assert.Contains("impostor", Assert.Single(result.Duplicates).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_host_match_the_first_claim_still_wins()
    {
        var first = Claim("one", "one.example", "The first copy.", "One");
        var second = Claim("two", "two.example", "The second copy.", "Two");

        var result = new ArticleDeduplicator().Deduplicate([first, second]);

        Assert.Equal("The first copy.", Assert.Single(result.Kept).Text);
    }

    [Fact]
    public void A_later_copy_with_other_words_under_the_owners_url_is_not_credited_as_carrying_the_owners_story()
    {
        var genuine = Claim("trusted", "feeds.trusted.example", "The council passed the budget on Tuesday.", "Trusted Times");
        var forged = Claim("impostor", "impostor.example", "Invented words the outlet never wrote.", "Impostor");

        var result = new ArticleDeduplicator().Deduplicate([genuine, forged]);

        var kept = Assert.Single(result.Kept);
        Assert.Equal(("The council passed the budget on Tuesday.", "Trusted Times"), (kept.Text, kept.Outlet));
        Assert.Empty(kept.AlsoCarriedBy);
        Assert.Contains("not credited", Assert.Single(result.Duplicates).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_copy_of_the_owners_very_text_is_credited_as_a_carrier_whichever_came_first()
    {
        const string text = "The council passed the budget on Tuesday.";
        var genuine = Claim("trusted", "feeds.trusted.example", text, "Trusted Times");
        var syndicated = Claim("wire", "wire.example", text, "Coast Wire");

        var syndicatedFirst = Assert.Single(new ArticleDeduplicator().Deduplicate([syndicated, genuine]).Kept);
        var genuineFirst = Assert.Single(new ArticleDeduplicator().Deduplicate([genuine, syndicated]).Kept);

        Assert.Equal("Trusted Times", syndicatedFirst.Outlet);
        Assert.Equal(["Coast Wire"], syndicatedFirst.AlsoCarriedBy);
        Assert.Equal("Trusted Times", genuineFirst.Outlet);
        Assert.Equal(["Coast Wire"], genuineFirst.AlsoCarriedBy);
    }

    [Theory]
    [InlineData("trusted.example", true)]
    [InlineData("www.trusted.example", true)]
    [InlineData("feeds.trusted.example", true)]
    [InlineData("TRUSTED.example", true)]
    [InlineData("eviltrusted.example", false)]
    [InlineData("trusted.example.evil", false)]
    [InlineData(null, false)]
    public void A_source_owns_a_story_whose_url_is_on_its_host_or_a_sibling_of_it(string? sourceHost, bool owns) =>
        Assert.Equal(owns, StoryClaims.SourceOwnsUrl(sourceHost, StoryUrl));

    [Fact]
    public async Task A_feed_names_its_configured_host_on_every_article_it_reads()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(Feeds.FeedSamples.FullTextRss("Wire", ("a", "A", "Text."))));
        using var host = Feeds.FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal("127.0.0.1", article.SourceHost);
    }
}
