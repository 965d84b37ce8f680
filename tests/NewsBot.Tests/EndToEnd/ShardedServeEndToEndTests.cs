using System.Globalization;
using System.Text.Json.Nodes;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Gateway;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// Many processes for many servers: two <c>newsbot serve</c> processes, each running half of two shards through
/// Discord.Net (<c>Discord:ShardIds</c>, <c>Discord:ShardCount</c>), share one index; each identifies its own shard and
/// answers the guilds Discord routes to it, only the process with shard 0 registers the commands, and SIGTERM stops
/// each with a clean close.
/// </summary>
[Collection(ServeCollection.Name)]
public sealed class ShardedServeEndToEndTests(ITestOutputHelper output)
{
    private const int Shards = 2;

    // (id >> 22) % 2: the first guild lives on shard 0, the second on shard 1.
    private static readonly StandInGuild OnShardZero = new(810000000000000001, "Shard zero newsroom");
    private static readonly StandInGuild OnShardOne = new(820000000000000001, "Shard one newsroom");

    [Fact]
    public async Task Two_processes_each_running_half_the_shards_answer_the_guilds_of_their_shards()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.Gateway.Guilds.Add(OnShardZero);
        standIn.Gateway.Guilds.Add(OnShardOne);
        standIn.Gateway.RequiredShardCount = Shards;
        using var directory = new TemporaryDirectory();
        EndToEndArticles.WriteTo(directory, "articles");

        // The first process builds the shared index on first use; the second opens it read-mostly.
        await using var first = ServeProcess.Start(directory.Path, Settings(standIn, directory, shardIds: "0"));
        await standIn.Gateway.WaitForLiveSessionAsync(shardId: 0);
        await standIn.WaitForRequestAsync(request => request.Route == StandInRoutes.GuildCommands && request.Status == 200, TimeSpan.FromSeconds(60));
        await using var second = ServeProcess.Start(directory.Path, Settings(standIn, directory, shardIds: "1"));
        await standIn.Gateway.WaitForLiveSessionAsync(shardId: 1);

        var zero = await AskAsync(standIn, OnShardZero);
        var one = await AskAsync(standIn, OnShardOne);
        await standIn.WaitForOriginalEditAsync(zero.Token, TimeSpan.FromSeconds(60));
        await standIn.WaitForOriginalEditAsync(one.Token, TimeSpan.FromSeconds(60));

        Assert.Equal(0, await first.TerminateAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(0, await second.TerminateAsync(TimeSpan.FromSeconds(60)));
        // A process can exit before the stand-in has read the close frame it sent: wait for both ends to be logged.
        await standIn.Gateway.WaitForClosesAsync(2);
        output.WriteLine("first: " + first.Errors + "\nsecond: " + second.Errors);
        var identified = standIn.Gateway.Identifies.Select(identify => identify["shard"]!.AsArray().Select(n => (int)n!).ToArray()).ToList();
        Assert.Equal([[0, Shards], [1, Shards]], identified);
        foreach (var ask in new[] { zero, one })
        {
            Assert.Contains("work together", ((string)standIn.GetOriginalResponse(ask.Token)!["embeds"]![0]!["description"]!).Replace("**", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }

        // Two development guilds, registered once each: by the process that runs shard 0 alone.
        Assert.Equal(2, standIn.Requests.Count(request => request.Route == StandInRoutes.GuildCommands));
        Assert.Equal(2, standIn.Gateway.Closes.Count(close => close.ByClient && close.Code == 1000));
        Assert.Empty(standIn.SchemaViolations);
    }

    private static Task<(string Id, string Token)> AskAsync(DiscordStandIn standIn, StandInGuild guild)
        => standIn.SendInteractionAsync(
            guild,
            type: 2,
            new JsonObject
            {
                ["id"] = StandInIds.TextCreatedAt(standIn.Clock.GetUtcNow()),
                ["name"] = "ask",
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "question", ["type"] = 3, ["value"] = EndToEndArticles.CooperationQuestion }),
            },
            ulong.Parse(ServeFixture.Asker, CultureInfo.InvariantCulture),
            "asker",
            [],
            standIn.Clock.GetUtcNow(),
            shardCount: Shards);

    private static Dictionary<string, string?> Settings(DiscordStandIn standIn, TemporaryDirectory directory, string shardIds)
    {
        var settings = ServeFixture.Configuration(standIn, directory);
        settings["Discord:ShardIds"] = shardIds;
        settings["Discord:ShardCount"] = Shards.ToString(CultureInfo.InvariantCulture);
        settings["Bot:DevelopmentGuildIds:0"] = OnShardZero.Id.ToString(CultureInfo.InvariantCulture);
        settings["Bot:DevelopmentGuildIds:1"] = OnShardOne.Id.ToString(CultureInfo.InvariantCulture);
        return settings;
    }
}
