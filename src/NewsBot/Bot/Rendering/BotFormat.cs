using System.Globalization;

namespace NewsBot.Bot.Rendering;

/// <summary>Numbers and dates as the bot writes them, the same for every member whatever their locale.</summary>
public static class BotFormat
{
    /// <summary>A date as people read it in a citation: <c>21 Nov 2025</c>, or "undated".</summary>
    public static string Date(DateTimeOffset? when)
        => when?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>A day as in lists: <c>2025-11-21</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A count with thousands separators: <c>12,345</c>.</summary>
    public static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Seconds with one decimal: <c>1.4 s</c>.</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
