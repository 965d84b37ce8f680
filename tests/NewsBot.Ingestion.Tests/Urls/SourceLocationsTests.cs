using NewsBot.Ingestion.Urls;

namespace NewsBot.Ingestion.Tests.Urls;

public sealed class SourceLocationsTests
{
    [Theory]
    [InlineData("http://user:pass@feeds.example/rss?apikey=s3cret&format=xml", "http://***@feeds.example/rss?apikey=***&format=***")]
    [InlineData("https://feeds.example/rss?token=abc", "https://feeds.example/rss?token=***")]
    [InlineData("https://feeds.example/rss", "https://feeds.example/rss")]
    [InlineData("/data/wire", "/data/wire")]
    [InlineData("index/articles", "index/articles")]
    public void User_info_and_query_values_are_hidden_and_everything_else_is_kept(string location, string shown) =>
        Assert.Equal(shown, SourceLocations.Redact(location));
}
