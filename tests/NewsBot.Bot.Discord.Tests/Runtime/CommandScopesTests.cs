using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord.Runtime;

namespace NewsBot.Bot.Discord.Tests.Runtime;

public sealed class CommandScopesTests
{
    [Fact]
    public void Without_development_guilds_and_with_named_admins_every_command_is_global()
    {
        var scope = Assert.Single(CommandScopes.Plan(new BotOptions { AdminUserIds = [1] }, BotCommands.All));

        Assert.Null(scope.Guild);
        Assert.Equal(["ask", "recent", "sources", "help", "reindex"], Names(scope));
    }

    [Fact]
    public void Each_development_guild_gets_every_command_once()
    {
        var plan = CommandScopes.Plan(new BotOptions { DevelopmentGuildIds = [11, 12, 11], AdminRoleIds = [5] }, BotCommands.All);

        Assert.Equal([11UL, 12UL], plan.Select(scope => scope.Guild!.Value));
        Assert.All(plan, scope => Assert.Equal(5, scope.Commands.Count));
    }

    [Fact]
    public void When_only_manage_server_in_admin_guilds_makes_admins_reindex_is_offered_only_there()
    {
        var plan = CommandScopes.Plan(new BotOptions { AdminGuildIds = [21, 22] }, BotCommands.All);

        Assert.Equal(["ask", "recent", "sources", "help"], Names(Assert.Single(plan, scope => scope.Guild is null)));
        Assert.Equal([21UL, 22UL], plan.Where(scope => scope.Guild is not null).Select(scope => scope.Guild!.Value));
        Assert.All(plan.Where(scope => scope.Guild is not null), scope => Assert.Equal(["reindex"], Names(scope)));
    }

    [Fact]
    public void Without_any_admin_reindex_is_registered_nowhere()
    {
        var scope = Assert.Single(CommandScopes.Plan(new BotOptions(), BotCommands.All));

        Assert.DoesNotContain("reindex", Names(scope));
    }

    [Fact]
    public void A_development_guild_that_is_also_an_admin_guild_gets_every_command_in_one_overwrite()
    {
        var plan = CommandScopes.Plan(new BotOptions { DevelopmentGuildIds = [11, 12], AdminGuildIds = [11] }, BotCommands.All);

        Assert.Equal(2, plan.Count);
        Assert.Equal(5, Assert.Single(plan, scope => scope.Guild == 11).Commands.Count);
        Assert.DoesNotContain("reindex", Names(Assert.Single(plan, scope => scope.Guild == 12)));
    }

    private static List<string> Names(CommandScope scope) => [.. scope.Commands.Select(command => command.Name)];
}
