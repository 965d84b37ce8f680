using System.Globalization;
using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>
/// A Discord id: a 64-bit number sent as a JSON string (occasionally as a number).
/// Creation time is <c>(id &gt;&gt; 22) + 1420070400000</c> ms since the Unix epoch.
/// </summary>
[JsonConverter(typeof(SnowflakeJsonConverter))]
public readonly record struct Snowflake(ulong Value)
{
    private const long DiscordEpochMilliseconds = 1420070400000;

    /// <summary>When the object with this id was created.</summary>
    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
