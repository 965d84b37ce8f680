using System.Text.RegularExpressions;
using Discord;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Discord.Outbound;

namespace NewsBot.Bot.Discord.Tests.Outbound;

public sealed class DiscordCommandsTests
{
    private static readonly SlashCommandProperties[] Commands = [.. DiscordCommands.From(BotCommands.All).Cast<SlashCommandProperties>()];

    // Discord's rule for command and option names (interactions/application-commands.mdx, "Application Command Naming").
    private static readonly Regex ValidName = new(@"^[-_\p{L}\p{N}]{1,32}$", RegexOptions.CultureInvariant);

    [Fact]
    public void The_five_commands_become_slash_commands()
        => Assert.Equal(["ask", "recent", "sources", "help", "reindex"], Commands.Select(command => command.Name.Value));

    [Fact]
    public void Reindex_needs_manage_server_by_default_and_is_offered_in_servers_only()
    {
        var reindex = Command("reindex");

        Assert.Equal(GuildPermission.ManageGuild, reindex.DefaultMemberPermissions.Value);
        Assert.Equal([InteractionContextType.Guild], reindex.ContextTypes.Value);
    }

    [Fact]
    public void Member_commands_need_no_permission_and_go_wherever_discord_allows()
        => Assert.All(Commands.Where(command => command.Name.Value != "reindex"), command =>
        {
            Assert.False(command.DefaultMemberPermissions.IsSpecified);
            Assert.False(command.ContextTypes.IsSpecified);
        });

    [Fact]
    public void Ask_takes_a_required_question_of_at_most_500_characters_and_autocompletes_the_source()
    {
        var options = Command("ask").Options.Value;

        var question = Assert.Single(options, option => option.Name == "question");
        Assert.Equal(ApplicationCommandOptionType.String, question.Type);
        Assert.True(question.IsRequired);
        Assert.Equal(500, question.MaxLength);
        Assert.Same(question, options[0]);
        Assert.True(Assert.Single(options, option => option.Name == "source").IsAutocomplete);
        Assert.All(options.Where(option => option.Name != "question"), option => Assert.NotEqual(true, option.IsRequired));
    }

    [Fact]
    public void Whole_number_and_yes_no_options_keep_their_kinds_and_bounds()
    {
        var count = Assert.Single(Command("recent").Options.Value, option => option.Name == "count");
        var full = Assert.Single(Command("reindex").Options.Value, option => option.Name == "full");

        Assert.Equal(ApplicationCommandOptionType.Integer, count.Type);
        Assert.Equal(1, count.MinValue);
        Assert.Equal(25, count.MaxValue);
        Assert.Equal(ApplicationCommandOptionType.Boolean, full.Type);
    }

    [Fact]
    public void Every_command_and_option_name_is_a_valid_lowercase_slash_command_name()
    {
        var names = Commands.Select(command => command.Name.Value)
            .Concat(Commands.SelectMany(command => command.Options.GetValueOrDefault([])).Select(option => option.Name))
            .ToList();

        Assert.All(names, name => Assert.Matches(ValidName, name));
        Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
    }

    [Fact]
    public void Every_description_is_one_to_a_hundred_characters()
    {
        var descriptions = Commands.Select(command => command.Description.Value)
            .Concat(Commands.SelectMany(command => command.Options.GetValueOrDefault([])).Select(option => option.Description))
            .ToList();

        Assert.All(descriptions, description => Assert.InRange(description.Length, 1, 100));
    }

    private static SlashCommandProperties Command(string name) => Assert.Single(Commands, command => command.Name.Value == name);
}
