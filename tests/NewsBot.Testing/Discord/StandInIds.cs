using System.Globalization;

namespace NewsBot.Testing.Discord;

/// <summary>Snowflake ids as Discord makes them: the creation time in the top bits (ms since 2015-01-01).</summary>
public static class StandInIds
{
    private const long DiscordEpochMilliseconds = 1420070400000;
    private static long _sequence;

    /// <summary>A new id whose timestamp is <paramref name="time"/>, unique within the process.</summary>
    public static ulong CreatedAt(DateTimeOffset time)
        => ((ulong)(time.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds) << 22) | (ulong)(Interlocked.Increment(ref _sequence) & 0xFFF);

    /// <summary>The same, as the decimal string Discord sends.</summary>
    public static string TextCreatedAt(DateTimeOffset time) => CreatedAt(time).ToString(CultureInfo.InvariantCulture);
}
