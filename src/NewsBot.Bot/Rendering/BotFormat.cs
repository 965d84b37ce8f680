using System.Globalization;
using NewsBot.Core.Formatting;

namespace NewsBot.Bot.Rendering;

/// <summary>Numbers and durations as the bot writes them (dates: <see cref="DisplayFormat"/>), the same for every member whatever their locale.</summary>
public static class BotFormat
{
    /// <summary>A count with thousands separators: <c>12,345</c>.</summary>
    public static string Count(int value) => DisplayFormat.Count(value);

    /// <summary>Seconds with one decimal: <c>1.4 s</c>.</summary>
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
