using System.Globalization;

namespace NewsBot.Core.Formatting;

/// <summary>
/// Dates and counts as every front end shows them (the command line, the bot), the same whatever the reader's locale, so a
/// citation reads alike wherever it is printed.
/// </summary>
public static class DisplayFormat
{
    /// <summary>A date as people read it in a citation: <c>21 Nov 2025</c>, or "undated".</summary>
    public static string Date(DateTimeOffset? when)
        => when?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>A count with thousands separators: <c>12,345</c>.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A day as in lists: <c>2025-11-21</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The dates an index covers: <c>from 13 Nov 2004 to 5 Mar 2021</c>, or <c>up to 21 Nov 2025</c> when it spans no more than a day.</summary>
    public static string Span(DateTimeOffset? oldest, DateTimeOffset newest)
        => oldest is { } first && first < newest ? $"from {Date(first)} to {Date(newest)}" : $"up to {Date(newest)}";

    /// <summary>The day an article was published (UTC), as in lists, or "undated".</summary>
    public static string Day(DateTimeOffset? published)
        => published is { } when ? Day(DateOnly.FromDateTime(when.UtcDateTime)) : "undated";
}
