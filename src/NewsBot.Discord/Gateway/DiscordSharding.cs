using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>Which shard receives a guild's events (PROTOCOL.md §8).</summary>
public static class DiscordSharding
{
    /// <summary><c>(guild_id &gt;&gt; 22) % shard_count</c>. Events with no guild (direct messages) go to shard 0.</summary>
    public static int ShardFor(Snowflake guildId, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return (int)((guildId.Value >> 22) % (ulong)shardCount);
    }
}
