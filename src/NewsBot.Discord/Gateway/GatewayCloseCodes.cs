using System.Globalization;

namespace NewsBot.Discord.Gateway;

/// <summary>What to do after the gateway closed a connection with a given code (PROTOCOL.md §7).</summary>
internal static class GatewayCloseCodes
{
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>The code the client closes with when it wants to keep its session (anything but 1000/1001).</summary>
    public const int KeepSession = 4000;

    public static bool IsFatal(int code) => code is 4004 or (>= 4010 and <= 4014);

    /// <summary>True when the session is gone and the next connection must Identify again.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;

    /// <summary>One sentence naming the cause of a fatal close and how to fix it. Never contains the token.</summary>
    public static string DescribeFatal(int code, int intents, int shardId, int shardCount) => code switch
    {
        4004 => "Discord refused the bot token (close 4004, authentication failed): set Discord:Token to the token shown on the Bot page of the Developer Portal.",
        4010 => string.Create(CultureInfo.InvariantCulture, $"Discord refused shard [{shardId}, {shardCount}] (close 4010, invalid shard): check Discord:ShardId and Discord:ShardCount."),
        4011 => "Discord requires sharding for this bot (close 4011, sharding required): raise Discord:ShardCount to at least the recommended shard count.",
        4012 => "Discord refused the gateway API version (close 4012, invalid API version): this client speaks gateway v10.",
        4013 => string.Create(CultureInfo.InvariantCulture, $"Discord refused the intents {intents} (close 4013, invalid intents): check the bits in Discord:Intents."),
        4014 => DescribeDisallowedIntents(intents),
        _ => string.Create(CultureInfo.InvariantCulture, $"Discord closed the gateway with code {code}."),
    };

    private static string DescribeDisallowedIntents(int intents)
    {
        var requested = (GatewayIntents)intents;
        var privileged = new List<string>();
        if (requested.HasFlag(GatewayIntents.MessageContent))
        {
            privileged.Add("MESSAGE_CONTENT (Message Content Intent)");
        }

        if (requested.HasFlag(GatewayIntents.GuildMembers))
        {
            privileged.Add("GUILD_MEMBERS (Server Members Intent)");
        }

        if (requested.HasFlag(GatewayIntents.GuildPresences))
        {
            privileged.Add("GUILD_PRESENCES (Presence Intent)");
        }

        var names = privileged.Count == 0 ? "a privileged intent" : string.Join(", ", privileged);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Discord refused the privileged intent(s) requested in Discord:Intents = {intents} (close 4014, disallowed intents): enable {names} under Bot > Privileged Gateway Intents in the Discord Developer Portal, or remove the bit from Discord:Intents.");
    }
}
