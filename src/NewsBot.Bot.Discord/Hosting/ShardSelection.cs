using System.Globalization;

namespace NewsBot.Bot.Discord.Hosting;

/// <summary>Which shards this process runs, from <see cref="DiscordOptions.ShardIds"/> and <see cref="DiscordOptions.ShardCount"/>.</summary>
public static class ShardSelection
{
    /// <summary>
    /// The shard ids <paramref name="shardIds"/> names (<c>0-3</c>, <c>0,2,4-5</c>), sorted and distinct, or null when it
    /// is empty (every shard). Throws <see cref="FormatException"/> with one sentence naming the setting for an id at or
    /// past <paramref name="shardCount"/>, a range written backwards, or ids without a shard count.
    /// </summary>
    public static int[]? Parse(string? shardIds, int? shardCount)
    {
        if (string.IsNullOrWhiteSpace(shardIds))
        {
            return null;
        }

        if (shardCount is not { } count)
        {
            throw new FormatException("Discord:ShardIds needs Discord:ShardCount, the number of shards across every process.");
        }

        var ids = new SortedSet<int>();
        foreach (var part in shardIds.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            var first = int.Parse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture);
            var last = bounds.Length == 2 ? int.Parse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture) : first;
            if (last < first)
            {
                throw new FormatException($"Discord:ShardIds has the range {part} written backwards: write it {last}-{first}.");
            }

            if (last >= count)
            {
                throw new FormatException($"Discord:ShardIds names shard {last}, but Discord:ShardCount is {count}: shard ids go from 0 to {count - 1}.");
            }

            for (var id = first; id <= last; id++)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }
}
