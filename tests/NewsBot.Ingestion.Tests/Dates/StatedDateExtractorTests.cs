using NewsBot.Core.Articles;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Tests.Support;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion.Tests.Dates;

public sealed class StatedDateExtractorTests
{
    private static readonly DateOnly Friday = new(2025, 11, 21);
    private readonly StatedDateExtractor _extractor = new(new SentenceSplitter());

    private (DateOnly Date, string Mention)[] Dates(string text, DateOnly? reference = null) =>
        _extractor.Extract(text, reference).Select(d => (d.Date, d.Mention.Slice(text))).ToArray();

    [Fact]
    public void Seed_states_the_meeting_on_Nov_21_and_the_election_on_Nov_4()
    {
        var text = SeedArticle.Text;

        var dates = _extractor.Extract(text, Friday);

        var meeting = Assert.Single(dates, d => d.Date == new DateOnly(2025, 11, 21));
        Assert.Equal("Nov. 21, 2025", meeting.Mention.Slice(text));
        Assert.StartsWith("On Nov. 21, 2025, President Donald Trump", meeting.Sentence.Slice(text), StringComparison.Ordinal);
        var election = Assert.Single(dates, d => d.Date == new DateOnly(2025, 11, 4));
        Assert.Equal("Nov. 4", election.Mention.Slice(text));
        Assert.Equal(meeting.Sentence, election.Sentence);
    }

    [Fact]
    public void Seed_has_Nov_21_2025_as_its_first_absolute_date()
    {
        Assert.Equal(Friday, _extractor.FirstAbsoluteDate(SeedArticle.Text));
    }

    [Theory]
    [InlineData("It happened on Nov. 21, 2025, downtown.", "Nov. 21, 2025")]
    [InlineData("It happened on November 21, 2025, downtown.", "November 21, 2025")]
    [InlineData("It happened on 21 November 2025 downtown.", "21 November 2025")]
    [InlineData("It happened on 2025-11-21 downtown.", "2025-11-21")]
    [InlineData("It happened Nov 21st, 2025.", "Nov 21st, 2025")]
    public void Extractor_reads_full_dates_without_a_reference(string text, string mention)
    {
        Assert.Equal([(Friday, mention)], Dates(text));
    }

    [Theory]
    [InlineData("The vote was on November 4.", 2025, 11, 4)]
    [InlineData("The vote was on Nov. 4.", 2025, 11, 4)]
    [InlineData("The vote is set for Dec. 2.", 2025, 12, 2)]
    [InlineData("The law took effect on Dec. 30.", 2025, 12, 30)]
    [InlineData("The party began on Feb. 3.", 2025, 2, 3)]
    public void Extractor_infers_the_year_of_a_date_without_one_from_the_reference(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Assert.Single(Dates(text, Friday)).Date);
    }

    [Fact]
    public void Extractor_puts_a_yearless_date_far_after_the_reference_in_the_year_before()
    {
        var reference = new DateOnly(2025, 1, 10);

        Assert.Equal(new DateOnly(2024, 12, 30), Assert.Single(Dates("Talks collapsed on Dec. 30.", reference)).Date);
        Assert.Equal(new DateOnly(2025, 2, 20), Assert.Single(Dates("Talks resume on Feb. 20.", reference)).Date);
    }

    [Theory]
    [InlineData("The two met on Tuesday.", "Tuesday", 2025, 11, 18)]
    [InlineData("The two met last Tuesday.", "last Tuesday", 2025, 11, 18)]
    [InlineData("The two meet on Friday.", "Friday", 2025, 11, 21)]
    [InlineData("The two met last Friday.", "last Friday", 2025, 11, 14)]
    [InlineData("They will meet next Monday.", "next Monday", 2025, 11, 24)]
    [InlineData("The mayor spoke yesterday.", "yesterday", 2025, 11, 20)]
    [InlineData("The mayor speaks today.", "today", 2025, 11, 21)]
    [InlineData("The mayor speaks tomorrow.", "tomorrow", 2025, 11, 22)]
    public void Extractor_resolves_weekdays_and_relative_days_against_the_published_date(string text, string mention, int year, int month, int day)
    {
        Assert.Equal([(new DateOnly(year, month, day), mention)], Dates(text, Friday));
    }

    [Fact]
    public void Extractor_skips_relative_and_yearless_forms_without_a_reference()
    {
        Assert.Empty(Dates("They met on Tuesday, and yesterday, and on Nov. 4."));
    }

    [Theory]
    [InlineData("Voters may decide. March on, they said.")]
    [InlineData("The May elections were held in March 2025.")]
    [InlineData("The bill got 2025 votes, not 11 percent.")]
    [InlineData("The date Feb. 30, 2025 does not exist.")]
    public void Extractor_does_not_see_dates_in_words_that_only_look_like_them(string text)
    {
        Assert.Empty(Dates(text, Friday));
    }

    [Fact]
    public void Extractor_reports_the_sentence_of_each_date()
    {
        var text = "Talks began on Monday. They ended on Nov. 20, 2025, with a deal.";

        var dates = _extractor.Extract(text, Friday);

        Assert.Equal(["Talks began on Monday.", "They ended on Nov. 20, 2025, with a deal."], dates.Select(d => d.Sentence.Slice(text)));
        Assert.Equal([new DateOnly(2025, 11, 17), new DateOnly(2025, 11, 20)], dates.Select(d => d.Date));
    }

    [Fact]
    public void A_year_far_after_the_published_date_is_a_number_not_an_event()
    {
        const string text = "Till November 24, 4000 rupees can be exchanged at any bank. The next election is due on November 3, 2026.";

        var dates = _extractor.Extract(text, Friday);

        Assert.Equal([new DateOnly(2026, 11, 3)], dates.Select(date => date.Date));
    }

    [Fact]
    public void Without_a_published_date_a_year_far_after_today_is_not_taken_as_the_date()
    {
        var today = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var extractor = new StatedDateExtractor(new SentenceSplitter(), today);

        Assert.Null(extractor.FirstAbsoluteDate("Till November 24, 4000 rupees can be exchanged."));
        Assert.Equal(new DateOnly(2025, 11, 21), extractor.FirstAbsoluteDate("Till November 24, 4000 rupees can be exchanged, the bank said on Nov. 21, 2025."));
    }

    [Fact]
    public void A_published_date_near_the_last_representable_year_does_not_overflow()
    {
        var dates = _extractor.Extract("The vote is on 1 March 9999.", new DateOnly(9999, 1, 1));

        Assert.Equal([new DateOnly(9999, 3, 1)], dates.Select(date => date.Date));
    }
}
