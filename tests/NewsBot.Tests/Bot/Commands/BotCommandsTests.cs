using System.Text.RegularExpressions;
using NewsBot.Bot.Commands;
using NewsBot.Discord.Interactions;

namespace NewsBot.Tests.Bot.Commands;

public sealed class BotCommandsTests
{
    [Fact]
    public void Every_command_keeps_discord_limits()
        => PayloadLimits.Check(BotCommands.All);

    [Fact]
    public void Command_and_option_names_are_valid_slash_command_names()
    {
        var names = BotCommands.All.Select(command => command.Name)
            .Concat(BotCommands.All.SelectMany(command => command.Options ?? []).Select(option => option.Name));

        Assert.All(names, name => Assert.Matches(new Regex(DiscordLimits.CommandNamePattern), name));
        Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
    }

    [Fact]
    public void The_five_commands_are_registered()
        => Assert.Equal(["ask", "recent", "sources", "help", "reindex"], BotCommands.All.Select(command => command.Name));

    [Fact]
    public void Reindex_needs_manage_server_by_default()
        => Assert.Equal("32", Assert.Single(BotCommands.All, command => command.Name == "reindex").DefaultMemberPermissions);

    [Fact]
    public void Ask_takes_a_required_question_of_at_most_500_characters_and_autocompletes_the_source()
    {
        var options = Assert.Single(BotCommands.All, command => command.Name == "ask").Options!;

        var question = options[0];
        Assert.Equal("question", question.Name);
        Assert.True(question.Required);
        Assert.Equal(500, question.MaxLength);
        Assert.True(options.Single(option => option.Name == "source").Autocomplete);
        var days = options.Single(option => option.Name == "days");
        Assert.Equal((1d, 3650d), (days.MinValue, days.MaxValue));
    }
}
