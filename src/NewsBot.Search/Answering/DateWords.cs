using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Core.Dates;

namespace NewsBot.Search.Answering;

/// <summary>
/// Finds date words in a question ("yesterday", "last week", "in November", "since Nov 4", "in 2025", "last 3 days")
/// and turns them into a publication-date range relative to now (UTC days, weeks starting on Monday).
/// </summary>
internal static partial class DateWords
{
    private const string Month = "(?<month>" + MonthNames.Names + ")";

    [GeneratedRegex(@"\b(?:(?:in|during|over|for|from)\s+)?(?:the\s+)?(?:last|past)\s+(?<n>\d{1,4})\s+days?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastDaysPattern();

    [GeneratedRegex(@"\b(?:(?:from|of|on)\s+)?(?<word>today|yesterday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b(?:(?:in|during|from|of|over)\s+)?(?<which>this|last|past)\s+(?<unit>week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"\bsince\s+" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SincePattern();

    [GeneratedRegex(@"\b(?:in|during)\s+" + Month + @"\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InMonthPattern();

    [GeneratedRegex(@"\b(?<kind>in|during|since)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    // A year that ends a state ("envoy until December 2018", "before 2010") is no period asked about: what held until
    // then is often told in a later story ("who was the envoy until December", reported in 2019).
    [GeneratedRegex(@"(?<![\p{L}\p{N}$\u00A3\u20AC.,-])(?<!\b(?i:until|till|through|before)\s+(?:(?:\p{L}+\.?|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,2})(?<year>(?:19|20)\d{2})(?![\p{L}\p{N}%]|[.,]\d|\s*(?:percent|per cent))", RegexOptions.CultureInvariant)]
    private static partial Regex BareYearPattern();

    /// <summary>The date range the question asks for (null when it names none) and the question without the date words.</summary>
    public static (DateRange? Range, string Remainder) Extract(string question, DateTimeOffset now) => Extract(question, now, []);

    /// <summary>As <see cref="Extract(string, DateTimeOffset)"/>, also adding to <paramref name="years"/> each year the question names ("in 1995").</summary>
    public static (DateRange? Range, string Remainder) Extract(string question, DateTimeOffset now, ICollection<string> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(question);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        DateRange? range = null;
        var rest = question;

        void Apply(Regex pattern, Func<Match, DateRange?> toRange)
        {
            rest = pattern.Replace(rest, match =>
            {
                if (toRange(match) is not { } found)
                {
                    return match.Value;
                }

                range = range is { } existing ? existing.Intersect(found) : found;
                return " ";
            });
        }

        Apply(LastDaysPattern(), match => int.TryParse(match.Groups["n"].Value, CultureInfo.InvariantCulture, out var days) && days > 0
            ? DateRange.LastDays(days, now)
            : null);
        Apply(DayPattern(), match => NamedInTitleCase(rest, match.Groups["word"]) ? null
            : match.Groups["word"].Value.Equals("today", StringComparison.OrdinalIgnoreCase)
            ? new DateRange(today, null)
            : new DateRange(today.AddDays(-1), today));
        Apply(PeriodPattern(), match => NamedInTitleCase(rest, match.Groups["which"], match.Groups["unit"]) ? null
            : Period(match.Groups["which"].Value, match.Groups["unit"].Value, today));
        Apply(SincePattern(), match => Since(match, today));
        Apply(InMonthPattern(), match => InMonth(match, today));
        Apply(YearPattern(), match =>
        {
            years.Add(match.Groups["year"].Value);
            var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero);
            return match.Groups["kind"].Value.Equals("since", StringComparison.OrdinalIgnoreCase)
                ? new DateRange(start, null)
                : new DateRange(start, start.AddYears(1));
        });

        // A year named bare ("the 2024 election") asks about that year as "in 2024" does, but stays a searched word:
        // the passages that name it pass the filter. Two different years name no one period, so neither filters.
        if (range is null && BareYearPattern().Matches(rest).Select(match => match.Groups["year"].Value).Distinct(StringComparer.Ordinal).ToList() is [var bare])
        {
            years.Add(bare);
            var start = new DateTimeOffset(int.Parse(bare, CultureInfo.InvariantCulture), 1, 1, 0, 0, 0, TimeSpan.Zero);
            range = new DateRange(start, start.AddYears(1));
        }

        return (range, rest);
    }

    // Relative date words written as a name after the question's first word ("on This Week", the TV programme; "the
    // Today show") name something: read as a date, they asked about the current week and made the question "not found".
    private static bool NamedInTitleCase(string text, params Group[] words) =>
        words.All(word => word.Length > 0 && char.IsUpper(word.Value[0]))
        && !string.IsNullOrWhiteSpace(text[..words[0].Index]);

    private static DateRange Period(string which, string unit, DateTimeOffset today)
    {
        var thisOne = which.Equals("this", StringComparison.OrdinalIgnoreCase);
        switch (unit.ToLowerInvariant())
        {
            case "week":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                return thisOne ? new DateRange(monday, null) : new DateRange(monday.AddDays(-7), monday);
            case "month":
                var first = new DateTimeOffset(today.Year, today.Month, 1, 0, 0, 0, TimeSpan.Zero);
                return thisOne ? new DateRange(first, null) : new DateRange(first.AddMonths(-1), first);
            default:
                var january = new DateTimeOffset(today.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
                return thisOne ? new DateRange(january, null) : new DateRange(january.AddYears(-1), january);
        }
    }

    private static DateRange? Since(Match match, DateTimeOffset today)
    {
        var month = MonthNames.Number(match.Groups["month"].Value);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : today.Year;
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var start = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        // Without a year, "since Nov 4" means the most recent Nov 4 that is not in the future.
        if (!match.Groups["year"].Success && start > today)
        {
            start = start.AddYears(-1);
        }

        return new DateRange(start, null);
    }

    private static DateRange InMonth(Match match, DateTimeOffset today)
    {
        var month = MonthNames.Number(match.Groups["month"].Value);
        var year = match.Groups["year"].Success
            ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture)
            : month > today.Month ? today.Year - 1 : today.Year;
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        return new DateRange(start, start.AddMonths(1));
    }
}
