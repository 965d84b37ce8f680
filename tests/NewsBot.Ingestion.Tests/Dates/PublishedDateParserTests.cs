using NewsBot.Ingestion.Dates;

namespace NewsBot.Ingestion.Tests.Dates;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("2025-11-21", "2025-11-21T00:00:00+00:00")]
    [InlineData("2025-11-21T18:30:00-05:00", "2025-11-21T18:30:00-05:00")]
    [InlineData("2025-11-21T18:30:00Z", "2025-11-21T18:30:00+00:00")]
    [InlineData("2025-11-21 18:30", "2025-11-21T18:30:00+00:00")]
    [InlineData("Fri, 21 Nov 2025 18:30:00 GMT", "2025-11-21T18:30:00+00:00")]
    public void Parser_reads_the_forms_metadata_uses(string value, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedDateParser.Parse(value));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025")]
    [InlineData("2025-13-45")]
    [InlineData("13/45/2004")]
    [InlineData("")]
    public void Parser_rejects_what_is_not_a_date(string value)
    {
        Assert.Null(PublishedDateParser.Parse(value));
    }
}
