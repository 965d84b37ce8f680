using NewsBot.Bot.Discord.Hosting;

namespace NewsBot.Bot.Discord.Tests.Hosting;

public sealed class ShardSelectionTests
{
    [Fact]
    public void Ranges_and_single_ids_become_one_sorted_list()
        => Assert.Equal([0, 2, 3, 4, 7], ShardSelection.Parse("7, 2-4,0", 8)!);

    [Fact]
    public void No_ids_means_every_shard()
        => Assert.Null(ShardSelection.Parse("  ", 4));

    [Fact]
    public void An_id_past_the_shard_count_names_both_settings()
        => Assert.Contains("Discord:ShardCount is 4", Assert.Throws<FormatException>(() => ShardSelection.Parse("2-4", 4)).Message, StringComparison.Ordinal);

    [Fact]
    public void Ids_without_a_shard_count_are_refused()
        => Assert.Contains("needs Discord:ShardCount", Assert.Throws<FormatException>(() => ShardSelection.Parse("0-1", null)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_backwards_range_is_refused()
        => Assert.Contains("backwards", Assert.Throws<FormatException>(() => ShardSelection.Parse("3-1", 4)).Message, StringComparison.Ordinal);
}
