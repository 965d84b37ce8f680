using NewsBot.Bot.Discord.Runtime;
using NewsBot.Discord.Gateway;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Tests.Runtime;

public sealed class BotRolesTests
{
    private static readonly Snowflake Bot = new(1100000000000000001);
    private static readonly Snowflake Guild = new(900000000000000001);

    [Fact]
    public void The_bots_managed_role_is_learned_from_the_guild_and_followed_through_role_events()
    {
        var roles = new BotRoles();
        roles.Learn(new GuildCreateEvent(0, Guild, "Newsroom") { Roles = [Role(5, botId: null), Role(6, Bot)] }, Bot);
        var fromGuild = roles.In(Guild);

        roles.Learn(new GuildRoleEvent(0, Guild, Role(7, Bot)), Bot);
        var afterUpdate = roles.In(Guild);
        roles.Forget(new GuildRoleDeleteEvent(0, Guild, new Snowflake(7)));

        Assert.Equal(new Snowflake(6), fromGuild);
        Assert.Equal(new Snowflake(7), afterUpdate);
        Assert.Null(roles.In(Guild));
    }

    [Fact]
    public void Another_bots_role_and_another_guild_are_not_taken_for_ours()
    {
        var roles = new BotRoles();
        roles.Learn(new GuildCreateEvent(0, Guild, "Newsroom") { Roles = [Role(8, new Snowflake(42))] }, Bot);

        Assert.Null(roles.In(Guild));
        Assert.Null(roles.In(new Snowflake(900000000000000002)));
        Assert.Null(roles.In(null));
    }

    private static Role Role(ulong id, Snowflake? botId)
        => new() { Id = new Snowflake(id), Name = "role", Tags = botId is null ? null : new RoleTags { BotId = botId } };
}
