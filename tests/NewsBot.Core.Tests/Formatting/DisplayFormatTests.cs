using NewsBot.Core.Formatting;

namespace NewsBot.Core.Tests.Formatting;

public sealed class DisplayFormatTests
{
    [Fact]
    public void A_published_time_is_listed_as_its_day_in_utc()
        => Assert.Equal("2025-11-22", DisplayFormat.Day(new DateTimeOffset(2025, 11, 21, 22, 30, 0, TimeSpan.FromHours(-5))));

    [Fact]
    public void An_article_without_a_published_time_is_listed_as_undated()
        => Assert.Equal("undated", DisplayFormat.Day((DateTimeOffset?)null));

    [Fact]
    public void Dates_and_counts_read_alike_in_every_locale()
    {
        Assert.Equal("21 Nov 2025", DisplayFormat.Date(new DateTimeOffset(2025, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal("12,345", DisplayFormat.Count(12_345));
    }
}
