using System.Globalization;

namespace NewsBot.Ingestion.Dates;

/// <summary>
/// Which published dates an article may carry. One typo (year 0001, or 9999) would otherwise stand first in every
/// "newest" list for ever, so a date before 1900, or more than a day after the run (time zones and clocks differ by
/// less), is refused with the reason and the article skipped.
/// </summary>
public static class PlausibleDates
{
    /// <summary>The earliest year an article's published date may name.</summary>
    public const int EarliestYear = 1900;

    /// <summary>Why <paramref name="published"/> cannot be an article's published date at <paramref name="now"/>, or null when it can.</summary>
    public static string? Refusal(DateTimeOffset published, DateTimeOffset now)
    {
        if (published.Year < EarliestYear)
        {
            return $"The published date {Day(published)} is before {EarliestYear}, which is no news article's date; the article was skipped (fix the date to index it).";
        }

        return published > now.AddDays(1)
            ? $"The published date {Day(published)} is in the future (more than a day after {Day(now)}); the article was skipped (fix the date to index it)."
            : null;
    }

    private static string Day(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
