using System.Globalization;

namespace NewsBot.Ingestion.Dates;

/// <summary>
/// Parses a published date as articles write it in metadata: ISO 8601 dates and times (with or without an
/// offset; none means UTC) and RFC 1123 dates as feeds and pages use them.
/// </summary>
public static class PublishedDateParser
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>The parsed time, or null when <paramref name="value"/> is not a date.</summary>
    public static DateTimeOffset? Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (DateTimeOffset.TryParseExact(trimmed, DateOnlyFormats, CultureInfo.InvariantCulture, Styles, out var day))
        {
            return day;
        }

        // A bare number or word parses as "today" in some cultures' rules; insist on a year.
        if (!trimmed.Any(char.IsDigit) || trimmed.Length < 8)
        {
            return null;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out var time) ? time : null;
    }
}
