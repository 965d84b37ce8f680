using Microsoft.Extensions.Options;
using NewsBot.Bot;

namespace NewsBot.Tests.Bot;

public sealed class AdminPolicyTests
{
    private static AdminPolicy Create(ulong[]? users = null, ulong[]? roles = null)
        => new(Options.Create(new BotOptions { AdminUserIds = [.. users ?? []], AdminRoleIds = [.. roles ?? []] }));

    [Theory]
    [InlineData("32")]
    [InlineData("8")]
    [InlineData("2147483647")]
    public void Member_with_manage_server_or_administrator_is_admin(string permissions)
        => Assert.True(Create().IsAdmin(10, [], permissions));

    [Theory]
    [InlineData("0")]
    [InlineData("2048")]
    [InlineData(null)]
    [InlineData("not a number")]
    public void Member_without_those_permissions_is_not_admin(string? permissions)
        => Assert.False(Create().IsAdmin(10, [], permissions));

    [Fact]
    public void Configured_user_is_admin_without_permissions()
        => Assert.True(Create(users: [10]).IsAdmin(10, [], "0"));

    [Fact]
    public void Member_with_a_configured_role_is_admin()
        => Assert.True(Create(roles: [77]).IsAdmin(10, [5, 77], "0"));
}
