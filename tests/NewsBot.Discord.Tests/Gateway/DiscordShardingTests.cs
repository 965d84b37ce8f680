using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Tests.Gateway;

public sealed class DiscordShardingTests
{
    [Theory]
    [InlineData(197038439483310086UL, 1, 0)]
    [InlineData(197038439483310086UL, 2, 0)]
    [InlineData(197038439483310086UL, 3, 2)]
    [InlineData(41771983423143937UL, 16, 6)]
    [InlineData(0UL, 5, 0)]
    public void A_guild_goes_to_the_shard_of_its_id_shifted_right_by_22(ulong guildId, int shardCount, int expected)
        => Assert.Equal(expected, DiscordSharding.ShardFor(new Snowflake(guildId), shardCount));

    [Fact]
    public void A_shard_count_below_one_is_a_programming_error()
        => Assert.Throws<ArgumentOutOfRangeException>(() => DiscordSharding.ShardFor(new Snowflake(1), 0));
}
