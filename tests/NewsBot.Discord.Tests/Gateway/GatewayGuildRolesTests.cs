using System.Text.Json.Nodes;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;
using NewsBot.Testing.Discord.Gateway;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Gateway;

/// <summary>Guild roles and message content as Discord sends them: roles in GUILD_CREATE and role events, content only where the intents allow.</summary>
public sealed class GatewayGuildRolesTests(ITestOutputHelper output)
{
    private const ulong GuildId = 4UL << 22;
    private const string MessageInGuild = """{"id":"1200000000000000005","channel_id":"1200000000000000010","guild_id":"16777216","author":{"id":"1200000000000000004","username":"asker"},"content":"who won?","mentions":[],"mention_roles":["16777217"],"mention_everyone":false,"type":0}""";

    [Fact]
    public async Task Guild_create_carries_the_roles_with_the_bots_managed_role_and_role_events_arrive_typed()
    {
        await using var harness = await GatewayHarness.CreateAsync(
            output,
            configureGateway: g => g.Guilds.Add(new StandInGuild(GuildId, "Newsroom") { Roles = [new StandInRole(GuildId + 5, "Editors", "32")] }));
        var created = new List<GuildRoleEvent>();
        var updated = new List<GuildRoleEvent>();
        var deleted = new List<GuildRoleDeleteEvent>();
        harness.Client.OnGuildRoleCreate((e, _) => Add(created, e));
        harness.Client.OnGuildRoleUpdate((e, _) => Add(updated, e));
        harness.Client.OnGuildRoleDelete((e, _) => Add(deleted, e));
        await harness.StartAndWaitForReadyAsync();
        await harness.Events.WaitUntilAsync(e => e.Guilds.Count == 1, "GUILD_CREATE");

        await harness.Gateway.DispatchRoleCreateAsync(GuildId, new StandInRole(GuildId + 6, "Readers"));
        await harness.Gateway.DispatchRoleUpdateAsync(GuildId, new StandInRole(GuildId + 6, "Subscribers"));
        await harness.Gateway.DispatchRoleDeleteAsync(GuildId, GuildId + 6);
        await harness.Events.WaitUntilAsync(e => e.Named("GUILD_ROLE_DELETE").Count == 1, "the three role events");

        var roles = harness.Events.Guilds[0].Roles;
        Assert.Equal(["@everyone", "NewsBot", "Editors"], roles.Select(r => r.Name));
        var botRole = Assert.Single(roles, r => r.Managed);
        Assert.Equal(harness.Gateway.BotUserId, botRole.Tags?.BotId?.Value);
        Assert.Equal("Readers", Assert.Single(created).Role.Name);
        Assert.Equal(("Subscribers", GuildId), (Assert.Single(updated).Role.Name, updated[0].GuildId.Value));
        Assert.Equal(new Snowflake(GuildId + 6), Assert.Single(deleted).RoleId);
    }

    [Fact]
    public async Task Without_the_message_content_intent_a_guild_message_arrives_empty_but_keeps_its_role_mentions()
    {
        await using var harness = await GatewayHarness.CreateAsync(output);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("MESSAGE_CREATE", MessageInGuild);
        var direct = JsonNode.Parse(MessageInGuild)!.AsObject();
        direct.Remove("guild_id");
        direct["id"] = "1200000000000000006";
        await harness.Gateway.DispatchAsync("MESSAGE_CREATE", direct.ToJsonString());
        await harness.Events.WaitUntilAsync(e => e.Messages.Count == 2, "both messages");

        var inGuild = harness.Events.Messages[0].Message;
        Assert.Equal(string.Empty, inGuild.Content);
        Assert.Equal([new Snowflake(16777217)], inGuild.MentionRoles);
        Assert.Equal("who won?", harness.Events.Messages[1].Message.Content);
    }

    [Fact]
    public async Task With_the_message_content_intent_a_guild_message_keeps_its_content()
    {
        await using var harness = await GatewayHarness.CreateAsync(
            output,
            o => o.Intents = 4609 | (1 << 15),
            g => g.AllowedPrivilegedIntents = 1 << 15);
        await harness.StartAndWaitForReadyAsync();

        await harness.Gateway.DispatchAsync("MESSAGE_CREATE", MessageInGuild);
        await harness.Events.WaitUntilAsync(e => e.Messages.Count == 1, "the message");

        Assert.Equal("who won?", harness.Events.Messages[0].Message.Content);
    }

    private static Task Add<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }

        return Task.CompletedTask;
    }
}
