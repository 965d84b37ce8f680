using System.Text.RegularExpressions;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class DiscordCommandsTests
{
    private static readonly IReadOnlyList<ApplicationCommand> Commands = DiscordCommands.From(BotCommands.All);

    [Fact]
    public void Every_command_keeps_discord_limits()
        => PayloadLimits.Check(Commands);

    [Fact]
    public void Command_and_option_names_are_valid_slash_command_names()
    {
        var names = Commands.Select(command => command.Name)
            .Concat(Commands.SelectMany(command => command.Options ?? []).Select(option => option.Name));

        Assert.All(names, name => Assert.Matches(new Regex(DiscordLimits.CommandNamePattern), name));
        Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
    }

    [Fact]
    public void The_five_commands_are_registered()
        => Assert.Equal(["ask", "recent", "sources", "help", "reindex"], Commands.Select(command => command.Name));

    [Fact]
    public void Reindex_needs_manage_server_by_default_and_is_offered_in_servers_only()
    {
        var reindex = Assert.Single(Commands, command => command.Name == "reindex");

        Assert.Equal("32", reindex.DefaultMemberPermissions);
        Assert.Equal([0], reindex.Contexts);
        Assert.All(Commands.Where(command => command.Name != "reindex"), command => Assert.Null(command.DefaultMemberPermissions));
    }

    [Fact]
    public void Ask_takes_a_required_question_of_at_most_500_characters_and_autocompletes_the_source()
    {
        var options = Assert.Single(Commands, command => command.Name == "ask").Options!;

        var question = options[0];
        Assert.Equal("question", question.Name);
        Assert.Equal(ApplicationCommandOptionType.String, question.Type);
        Assert.True(question.Required);
        Assert.Equal(500, question.MaxLength);
        Assert.True(options.Single(option => option.Name == "source").Autocomplete);
        var days = options.Single(option => option.Name == "days");
        Assert.Equal(ApplicationCommandOptionType.Integer, days.Type);
        Assert.Equal((1d, 3650d), (days.MinValue, days.MaxValue));
        Assert.Equal(ApplicationCommandOptionType.Boolean, options.Single(option => option.Name == "private").Type);
    }
}
