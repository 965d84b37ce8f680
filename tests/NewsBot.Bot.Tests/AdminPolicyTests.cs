using Microsoft.Extensions.Options;
using NewsBot.Bot.Tests.Fakes;

namespace NewsBot.Bot.Tests;

public sealed class AdminPolicyTests
{
    private static AdminPolicy Create(ulong[]? users = null, ulong[]? roles = null)
        => new(Options.Create(new BotOptions { AdminUserIds = [.. users ?? []], AdminRoleIds = [.. roles ?? []] }));

    [Fact]
    public void Member_who_manages_the_server_is_admin()
        => Assert.True(Create().IsAdmin(Requests.Member(10, managesServer: true)));

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
