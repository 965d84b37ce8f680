using NewsBot.Bot.Discord.Inbound;

namespace NewsBot.Bot.Discord.Tests.Inbound;

public sealed class MemberPermissionsTests
{
    [Theory]
    [InlineData("32")]
    [InlineData("8")]
    [InlineData("2147483647")]
    public void Member_with_manage_server_or_administrator_manages_the_server(string permissions)
        => Assert.True(MemberPermissions.ManagesServer(permissions));

    [Theory]
    [InlineData("0")]
    [InlineData("2048")]
    [InlineData(null)]
    [InlineData("not a number")]
    public void Member_without_those_permissions_does_not(string? permissions)
        => Assert.False(MemberPermissions.ManagesServer(permissions));
}
