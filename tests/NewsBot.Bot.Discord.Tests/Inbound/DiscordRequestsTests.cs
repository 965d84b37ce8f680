using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Inbound;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Discord.Tests.Inbound;

public sealed class DiscordRequestsTests
{
    [Fact]
    public void A_slash_command_becomes_a_command_request_with_its_options()
    {
        var interaction = Messages.Interaction(InteractionType.ApplicationCommand, new InteractionData
        {
            Name = "ask",
            Options = [Messages.Option("question", "housing"), Messages.Option("days", 7), Messages.Option("private", true)],
        });

        var request = Assert.IsType<CommandRequest>(DiscordRequests.From(interaction));

        Assert.Equal("ask", request.Command);
        Assert.Equal("housing", request.Arguments.String("question"));
        Assert.Equal(7, request.Arguments.Integer("days"));
        Assert.True(request.Arguments.Boolean("private"));
        Assert.Null(request.Arguments.String("source"));
    }

    [Fact]
    public void Numbers_sent_as_strings_are_read_as_numbers()
    {
        var data = new InteractionData { Name = "recent", Options = [Messages.Option("count", "12")] };

        Assert.Equal(12, DiscordRequests.Arguments(data).Integer("count"));
    }

    [Fact]
    public void The_member_s_roles_and_manage_server_permission_reach_the_bot()
    {
        var interaction = Messages.Interaction(InteractionType.ApplicationCommand, new InteractionData { Name = "reindex" }, permissions: "32", roles: [new Snowflake(77)]);

        var asker = DiscordRequests.Asker(interaction);

        Assert.Equal(Messages.Author, asker.UserId);
        Assert.Equal(Messages.Guild, asker.GuildId);
        Assert.Equal([77UL], asker.RoleIds);
        Assert.True(asker.ManagesServer);
    }

    [Fact]
    public void Autocomplete_carries_the_focused_option_and_what_was_typed()
    {
        var interaction = Messages.Interaction(InteractionType.ApplicationCommandAutocomplete, new InteractionData
        {
            Name = "ask",
            Options = [Messages.Option("question", "x"), Messages.Option("source", "reu", focused: true)],
        });

        var request = Assert.IsType<SuggestionRequest>(DiscordRequests.From(interaction));

        Assert.Equal(("ask", "source", "reu"), (request.Command, request.Option, request.Typed));
    }

    [Fact]
    public void A_button_click_carries_its_custom_id()
    {
        var interaction = Messages.Interaction(InteractionType.MessageComponent, new InteractionData { CustomId = "ask:KEY:1", ComponentType = 2 });

        Assert.Equal("ask:KEY:1", Assert.IsType<ButtonClick>(DiscordRequests.From(interaction)).ButtonId);
    }

    [Fact]
    public void A_request_is_dated_by_its_interaction_id_from_which_discord_counts_the_token_s_fifteen_minutes()
    {
        // Snowflake 175928847299117063 is the example of Discord's docs (reference.mdx, "Snowflakes"): 2016-04-30 11:18:25.796 UTC.
        var interaction = Messages.Interaction(InteractionType.ApplicationCommand, new InteractionData { Name = "reindex" }) with
        {
            Id = new Snowflake(175928847299117063),
        };

        var request = DiscordRequests.From(interaction)!;

        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 18, 25, 796, TimeSpan.Zero), request.CreatedAt);
        Assert.Equal(new DateTimeOffset(2016, 4, 30, 11, 33, 25, 796, TimeSpan.Zero), InteractionTokens.ExpiresAt(request, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_ping_is_not_a_bot_request()
        => Assert.Null(DiscordRequests.From(Messages.Interaction(InteractionType.Ping, new InteractionData())));
}
