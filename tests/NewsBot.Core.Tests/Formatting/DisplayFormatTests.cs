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
    public void An_index_spanning_days_reads_from_its_oldest_to_its_newest_and_one_day_reads_up_to_it()
    {
        var newest = new DateTimeOffset(2021, 3, 5, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal("from 13 Nov 2004 to 5 Mar 2021", DisplayFormat.Span(new DateTimeOffset(2004, 11, 13, 8, 0, 0, TimeSpan.Zero), newest));
        Assert.Equal("up to 5 Mar 2021", DisplayFormat.Span(newest, newest));
        Assert.Equal("up to 5 Mar 2021", DisplayFormat.Span(null, newest));
    }

    [Fact]
    public void Dates_and_counts_read_alike_in_every_locale()
    {
        Assert.Equal("21 Nov 2025", DisplayFormat.Date(new DateTimeOffset(2025, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal("12,345", DisplayFormat.Count(12_345));
    }
}
