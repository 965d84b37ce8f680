using System.Globalization;
using Discord;
using Discord.Net;
using NewsBot.Bot.Discord.Hosting;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// Discord's answers that retrying cannot change, each as the one sentence <c>serve</c> stops with. Discord.Net keeps
/// retrying most of them (a 4004 close, a 401 while connecting) for ever, so the adapter recognises them itself.
/// Gateway docs, "Opcodes and Status Codes" &gt; "Gateway Close Event Codes": 4004, 4010–4014 may not reconnect.
/// </summary>
public static class DiscordRefusals
{
    /// <summary>The sentence for a refused token, with where it was refused.</summary>
    public static string TokenRefused(string where)
        => $"Discord refused the bot token {where}: set Discord:Token (NEWSBOT_Discord__Token) to the token shown on the Bot page of the Developer Portal.";

    /// <summary>The gateway close code somewhere in <paramref name="exception"/>'s chain, or null when the connection ended otherwise.</summary>
    public static int? CloseCode(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is WebSocketClosedException closed)
            {
                return closed.CloseCode;
            }
        }

        return null;
    }

    /// <summary>One sentence naming the cause of a fatal close and the setting that fixes it, or null when the code allows reconnecting.</summary>
    public static string? Fatal(int closeCode, DiscordOptions settings) => closeCode switch
    {
        4004 => TokenRefused("(gateway close 4004, authentication failed)"),
        4010 => settings.ShardCount is null
            ? "Discord refused the shard it was identified with (gateway close 4010, invalid shard): set Discord:ShardCount (and Discord:ShardIds) to the shards this bot has."
            : $"Discord refused shard ids {settings.ShardIds ?? "(all)"} of {settings.ShardCount} (gateway close 4010, invalid shard): check Discord:ShardIds and Discord:ShardCount.",
        4011 => "Discord requires more shards for this bot (gateway close 4011, sharding required): raise Discord:ShardCount to at least the recommended shard count, or leave it unset.",
        4012 => "Discord refused the gateway API version (gateway close 4012, invalid API version): this build of Discord.Net speaks an API version Discord no longer accepts; update the package.",
        4013 => string.Create(CultureInfo.InvariantCulture, $"Discord refused the intents {settings.Intents} (gateway close 4013, invalid intents): check the bits in Discord:Intents."),
        4014 => DisallowedIntents(settings.Intents),
        _ => null,
    };

    private static string DisallowedIntents(int intents)
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
            $"Discord refused the privileged intent(s) requested in Discord:Intents = {intents} (gateway close 4014, disallowed intents): enable {names} under Bot > Privileged Gateway Intents in the Discord Developer Portal, or remove the bit from Discord:Intents.");
    }
}
