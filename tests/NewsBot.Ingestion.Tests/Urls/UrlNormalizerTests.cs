using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Tests.Urls;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("HTTPS://Example.COM/News/Story/?utm_source=x&utm_medium=y#comments", "https://example.com/News/Story")]
    [InlineData("https://example.com/story?id=7&fbclid=abc&gclid=def&mc_cid=1&mc_eid=2&ref=home", "https://example.com/story?id=7")]
    [InlineData("https://example.com:443/story/", "https://example.com/story")]
    [InlineData("http://example.com:8080/story", "http://example.com:8080/story")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("  https://example.com/a?b=1&c=2  ", "https://example.com/a?b=1&c=2")]
    public void Normalizer_drops_what_does_not_identify_the_story(string url, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.Normalize(url));
    }

    [Fact]
    public void Normalizer_keeps_a_relative_link_as_written_and_gives_null_for_blank()
    {
        Assert.Equal("/news/story", UrlNormalizer.Normalize(" /news/story "));
        Assert.Null(UrlNormalizer.Normalize("  "));
        Assert.Null(UrlNormalizer.Normalize(null));
    }
}
