using NewsBot.Search.Answering;

namespace NewsBot.Search.Tests.Answering;

public sealed class DateWordsTests
{
    // A Saturday.
    private static readonly DateTimeOffset Now = new(2025, 11, 22, 15, 30, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Today_starts_at_midnight_utc() =>
        Assert.Equal(new DateRange(Day(2025, 11, 22), null), DateWords.Extract("news today", Now).Range);

    [Theory]
    [InlineData("Who was the special envoy against ISIS until December 2018?")]
    [InlineData("Who led the party before 2010?")]
    [InlineData("Who held the seat till March 3, 2015?")]
    public void A_year_that_ends_a_state_is_no_period_asked_about(string question)
    {
        var years = new List<string>();

        Assert.Null(DateWords.Extract(question, Now, years).Range);
        Assert.Empty(years);
    }

    [Theory]
    [InlineData("Who interviewed Chris Christie about Jersey Shore on This Week?")]
    [InlineData("What did the Today show say about the storm?")]
    public void Relative_date_words_written_as_a_name_are_no_date(string question) =>
        Assert.Null(DateWords.Extract(question, Now).Range);

    [Theory]
    [InlineData("This week in Congress")]
    [InlineData("What did Congress pass this week?")]
    public void Relative_date_words_opening_the_question_or_in_lower_case_are_a_date(string question) =>
        Assert.Equal(new DateRange(Day(2025, 11, 17), null), DateWords.Extract(question, Now).Range);

    [Fact]
    public void Yesterday_is_the_whole_previous_day() =>
        Assert.Equal(new DateRange(Day(2025, 11, 21), Day(2025, 11, 22)), DateWords.Extract("What happened yesterday?", Now).Range);

    [Fact]
    public void Weeks_start_on_monday() =>
        Assert.Equal(new DateRange(Day(2025, 11, 10), Day(2025, 11, 17)), DateWords.Extract("last week", Now).Range);

    [Fact]
    public void This_month_starts_on_the_first() =>
        Assert.Equal(new DateRange(Day(2025, 11, 1), null), DateWords.Extract("this month", Now).Range);

    [Fact]
    public void Last_month_is_the_whole_previous_month() =>
        Assert.Equal(new DateRange(Day(2025, 10, 1), Day(2025, 11, 1)), DateWords.Extract("in last month", Now).Range);

    [Fact]
    public void A_month_not_yet_reached_this_year_means_last_year() =>
        Assert.Equal(new DateRange(Day(2024, 12, 1), Day(2025, 1, 1)), DateWords.Extract("What happened in December?", Now).Range);

    [Fact]
    public void The_current_month_means_this_year() =>
        Assert.Equal(new DateRange(Day(2025, 11, 1), Day(2025, 12, 1)), DateWords.Extract("in Nov.", Now).Range);

    [Theory]
    [InlineData("since Nov 4")]
    [InlineData("since Nov. 4")]
    [InlineData("since November 4th")]
    [InlineData("since nov 4, 2025")]
    public void Since_a_day_is_open_ended(string words) =>
        Assert.Equal(new DateRange(Day(2025, 11, 4), null), DateWords.Extract(words, Now).Range);

    [Fact]
    public void Since_a_day_later_in_the_year_means_last_year() =>
        Assert.Equal(new DateRange(Day(2024, 12, 25), null), DateWords.Extract("since Dec 25", Now).Range);

    [Fact]
    public void A_year_is_the_whole_year() =>
        Assert.Equal(new DateRange(Day(2025, 1, 1), Day(2026, 1, 1)), DateWords.Extract("votes in 2025", Now).Range);

    [Theory]
    [InlineData("last 3 days")]
    [InlineData("in the past 3 days")]
    public void Last_n_days_counts_back_from_now(string words) =>
        Assert.Equal(new DateRange(Now.AddDays(-3), null), DateWords.Extract(words, Now).Range);

    [Fact]
    public void Date_words_are_removed_from_the_question()
    {
        var (_, rest) = DateWords.Extract("What did the council decide since Nov 4?", Now);

        Assert.DoesNotContain("Nov", rest, StringComparison.Ordinal);
        Assert.Contains("council decide", rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What did the council decide?")]
    [InlineData("since Nov 31")]
    [InlineData("last 0 days")]
    public void Questions_without_valid_date_words_have_no_range(string question) =>
        Assert.Null(DateWords.Extract(question, Now).Range);

    [Fact]
    public void Two_date_words_narrow_each_other() =>
        Assert.Equal(new DateRange(Day(2025, 11, 17), Day(2025, 12, 1)), DateWords.Extract("this week in November", Now).Range);
}
