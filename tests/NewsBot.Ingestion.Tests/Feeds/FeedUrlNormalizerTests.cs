using NewsBot.Ingestion.Feeds;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedUrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://News.Example.COM/Politics/Story/", "https://news.example.com/Politics/Story")]
    [InlineData("https://news.example.com/story?utm_source=rss&utm_campaign=x&id=42#comments", "https://news.example.com/story?id=42")]
    [InlineData("https://news.example.com/story?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=home", "https://news.example.com/story")]
    [InlineData("http://news.example.com:80/story", "http://news.example.com/story")]
    [InlineData("http://127.0.0.1:8080/story", "http://127.0.0.1:8080/story")]
    public void Links_to_the_same_story_normalise_alike(string link, string expected) =>
        Assert.Equal(expected, FeedUrlNormalizer.Normalize(new Uri(link)));

    [Fact]
    public void A_link_that_is_not_http_has_no_normal_form() =>
        Assert.Null(FeedUrlNormalizer.Normalize(new Uri("mailto:desk@news.example.com")));
}
