using Microsoft.Extensions.Options;
using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests;

public sealed class AdminPolicyTests
{
    private static AdminPolicy Create(ulong[]? users = null, ulong[]? roles = null, ulong[]? guilds = null)
        => new(Options.Create(new BotOptions { AdminUserIds = [.. users ?? []], AdminRoleIds = [.. roles ?? []], AdminGuildIds = [.. guilds ?? []] }));

    [Fact]
    public void Member_who_manages_an_admin_guild_is_admin()
        => Assert.True(Create(guilds: [Requests.Guild]).IsAdmin(Requests.Member(10, managesServer: true)));

    [Fact]
    public void Manage_server_in_a_guild_not_named_in_the_settings_does_not_make_an_admin()
    {
        Assert.False(Create(guilds: [123]).IsAdmin(Requests.Member(10, managesServer: true)));
        Assert.False(Create().IsAdmin(Requests.Member(10, managesServer: true)));
    }

    [Fact]
    public void Configured_users_and_roles_are_admins_in_every_guild()
    {
        Assert.True(Create(users: [10], guilds: [123]).IsAdmin(Requests.Member(10)));
        Assert.True(Create(roles: [77], guilds: [123]).IsAdmin(Requests.Member(11, roles: [77])));
    }

    [Fact]
    public void Member_who_does_not_manage_the_server_is_not_admin()
        => Assert.False(Create().IsAdmin(Requests.Member(10)));

    [Fact]
    public void Configured_user_is_admin_without_permissions()
        => Assert.True(Create(users: [10]).IsAdmin(Requests.Member(10)));

    [Fact]
    public void Member_with_a_configured_role_is_admin()
        => Assert.True(Create(roles: [77]).IsAdmin(Requests.Member(10, roles: [5, 77])));
}
