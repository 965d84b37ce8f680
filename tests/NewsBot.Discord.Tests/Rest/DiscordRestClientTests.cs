using System.Text.Json.Nodes;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests(ITestOutputHelper output)
{
    private static readonly Snowflake GuildId = new(1200000000000000001);
    private static readonly Snowflake ChannelId = new(1300000000000000001);

    private static ApplicationCommand Ask => new()
    {
        Name = "ask",
        Description = "Ask a question about the news",
        Options =
        [
            new ApplicationCommandOption { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true, MinLength = 3, MaxLength = 300, Autocomplete = true },
        ],
        Contexts = [0, 1],
        IntegrationTypes = [0],
    };

    private static ApplicationCommand Recent => new()
    {
        Name = "recent",
        Description = "Recent events",
        Options =
        [
            new ApplicationCommandOption { Type = ApplicationCommandOptionType.Integer, Name = "days", Description = "How many days back", MinValue = 1, MaxValue = 30 },
            new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = "source",
                Description = "Only this outlet",
                Choices = [CommandOptionChoice.String("AP", "ap"), CommandOptionChoice.String("Reuters", "reuters")],
            },
        ],
    };

    private static ApplicationCommand Reindex => new() { Name = "reindex", Description = "Rebuild the index", DefaultMemberPermissions = "32" };

    [Fact]
    public async Task Global_bulk_overwrite_replaces_every_global_command()
    {
        await using var harness = await RestHarness.StartAsync();

        var first = await harness.Client.OverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [Ask, Recent]);
        var second = await harness.Client.OverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [Ask, Reindex]);

        Assert.Equal(["ask", "recent"], first.Select(c => c.Name));
        Assert.Equal(["ask", "reindex"], second.Select(c => c.Name));
        Assert.Equal(first[0].Id, second[0].Id);
        var registered = harness.StandIn.GetCommands();
        Assert.Equal(["ask", "reindex"], registered.Select(c => (string?)c!["name"]));
        Assert.Equal("32", (string?)registered[1]!["default_member_permissions"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Guild_bulk_overwrite_replaces_only_that_guilds_commands()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.OverwriteGlobalCommandsAsync(RestHarness.ApplicationId, [Ask]);
        await harness.Client.OverwriteGuildCommandsAsync(RestHarness.ApplicationId, GuildId, [Recent, Reindex]);

        var result = await harness.Client.OverwriteGuildCommandsAsync(RestHarness.ApplicationId, GuildId, [Reindex]);

        Assert.Equal(GuildId, Assert.Single(result).GuildId);
        Assert.Equal(["reindex"], harness.StandIn.GetCommands(GuildId.ToString()).Select(c => (string?)c!["name"]));
        Assert.Equal(["ask"], harness.StandIn.GetCommands().Select(c => (string?)c!["name"]));
        var sent = harness.StandIn.Requests.First(r => r.Route == StandInRoutes.GuildCommands).Json!.AsArray();
        Assert.Equal(30, (int?)sent[0]!["options"]![0]!["max_value"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Deferred_interaction_edited_later_shows_the_answer_in_place_of_thinking()
    {
        await using var harness = await RestHarness.StartAsync();
        const string token = "aW50ZXJhY3Rpb24.deferred-token";
        var interactionId = new Snowflake(2100000000000000001);
        harness.StandIn.RegisterInteraction(interactionId.ToString(), token, ChannelId.ToString());

        await harness.Client.RespondAsync(interactionId, token, InteractionResponse.Deferred());
        var thinking = harness.StandIn.GetOriginalResponse(token);
        var edit = harness.StandIn.WaitForOriginalEditAsync(token);
        var edited = await harness.Client.EditOriginalResponseAsync(RestHarness.ApplicationId, token, new MessagePayload
        {
            Embeds = [new Embed { Title = "Trump and Mamdani", Description = "> They met at the White House on Nov. 21.", Footer = new EmbedFooter("AP · 2025-11-21") }],
        });
        await edit;

        Assert.Equal(128, (int?)thinking!["flags"]);
        var shown = harness.StandIn.GetOriginalResponse(token)!;
        Assert.Equal(0, (int?)shown["flags"]);
        Assert.Equal("Trump and Mamdani", (string?)shown["embeds"]![0]!["title"]);
        Assert.Equal(edited.Id.ToString(), (string?)shown["id"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
        foreach (var request in harness.StandIn.Requests)
        {
            output.WriteLine(request.ToString());
        }
    }

    [Fact]
    public async Task Follow_up_is_a_second_message_after_the_original()
    {
        await using var harness = await RestHarness.StartAsync();
        const string token = "followup-token";
        harness.StandIn.RegisterInteraction("2100000000000000002", token, ChannelId.ToString());
        await harness.Client.RespondAsync(new Snowflake(2100000000000000002), token, InteractionResponse.Message(new MessagePayload { Content = "First quote" }));

        var followUp = await harness.Client.CreateFollowupAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = "More quotes", Flags = MessageFlags.Ephemeral });
        var edited = await harness.Client.EditFollowupAsync(RestHarness.ApplicationId, token, followUp.Id, new MessagePayload { Content = "More quotes (edited)" });

        Assert.Equal("More quotes (edited)", edited.Content);
        var shown = Assert.Single(harness.StandIn.GetFollowUps(token));
        Assert.Equal("More quotes (edited)", (string?)shown["content"]);
        Assert.Equal(64, (int?)shown["flags"]);
        Assert.Equal("First quote", (string?)harness.StandIn.GetOriginalResponse(token)!["content"]);
        Assert.Equal(ChannelId, followUp.ChannelId);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Component_click_answered_with_update_message_changes_the_message_it_is_on()
    {
        await using var harness = await RestHarness.StartAsync();
        var page1 = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload
        {
            Content = "Quotes 1-3",
            Components = [new ActionRow(Button.Action("Next", "page:2"), Button.Link("Source", "https://apnews.com/"))],
        });
        const string token = "component-token";
        harness.StandIn.RegisterInteraction("2100000000000000003", token, ChannelId.ToString(), page1.Id.ToString());

        await harness.Client.RespondAsync(new Snowflake(2100000000000000003), token, InteractionResponse.UpdateMessage(new MessagePayload
        {
            Content = "Quotes 4-6",
            Components = [new ActionRow(Button.Action("Previous", "page:1"), Button.Action("Next", "page:3", disabled: true))],
        }));

        var shown = harness.StandIn.GetMessage(page1.Id.ToString())!;
        Assert.Equal("Quotes 4-6", (string?)shown["content"]);
        Assert.Equal("page:1", (string?)shown["components"]![0]!["components"]![0]!["custom_id"]);
        Assert.Equal(true, (bool?)shown["components"]![0]!["components"]![1]!["disabled"]);
        Assert.Equal(7, (int?)harness.StandIn.GetInteractionCallback("2100000000000000003")!["type"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Autocomplete_result_sends_the_suggestions()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.RespondAsync(new Snowflake(2100000000000000004), "autocomplete-token", InteractionResponse.Autocomplete(
        [
            CommandOptionChoice.String("What did Trump and Mamdani discuss?", "trump mamdani meeting"),
            CommandOptionChoice.String("When was the election?", "election date"),
        ]));

        var callback = harness.StandIn.GetInteractionCallback("2100000000000000004")!;
        Assert.Equal(8, (int?)callback["type"]);
        Assert.Equal(["trump mamdani meeting", "election date"], callback["data"]!["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Modal_and_pong_and_deferred_update_are_accepted_as_sent()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.RespondAsync(new Snowflake(2100000000000000005), "t5", InteractionResponse.Modal(
            new ModalPayload("feedback", "Tell us more", [new ModalRow([new TextInput("text", "Your feedback") { Style = 2 }])])));
        await harness.Client.RespondAsync(new Snowflake(2100000000000000006), "t6", InteractionResponse.Pong());
        await harness.Client.RespondAsync(new Snowflake(2100000000000000007), "t7", InteractionResponse.DeferredUpdate());

        Assert.Equal("Tell us more", (string?)harness.StandIn.GetInteractionCallback("2100000000000000005")!["data"]!["title"]);
        Assert.Equal(1, (int?)harness.StandIn.GetInteractionCallback("2100000000000000006")!["type"]);
        Assert.Equal(6, (int?)harness.StandIn.GetInteractionCallback("2100000000000000007")!["type"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Original_response_can_be_read_and_deleted()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.RespondAsync(new Snowflake(2100000000000000008), "t8", InteractionResponse.Message(new MessagePayload { Content = "Answer" }));

        var original = await harness.Client.GetOriginalResponseAsync(RestHarness.ApplicationId, "t8");
        await harness.Client.DeleteOriginalResponseAsync(RestHarness.ApplicationId, "t8");

        Assert.Equal("Answer", original.Content);
        Assert.Null(harness.StandIn.GetOriginalResponse("t8"));
        var gone = await Assert.ThrowsAsync<NewsBot.Discord.Rest.DiscordRestException>(() => harness.Client.GetOriginalResponseAsync(RestHarness.ApplicationId, "t8"));
        Assert.Equal(10008, gone.Code);
    }

    [Fact]
    public async Task Second_answer_to_one_interaction_is_refused_as_already_acknowledged()
    {
        await using var harness = await RestHarness.StartAsync();
        await harness.Client.RespondAsync(new Snowflake(2100000000000000009), "t9", InteractionResponse.Deferred(ephemeral: true));

        var error = await Assert.ThrowsAsync<NewsBot.Discord.Rest.DiscordRestException>(
            () => harness.Client.RespondAsync(new Snowflake(2100000000000000009), "t9", InteractionResponse.Deferred()));

        Assert.Equal(40060, error.Code);
        Assert.Equal(128 | 64, (int?)harness.StandIn.GetOriginalResponse("t9")!["flags"]);
    }

    [Fact]
    public async Task Reply_references_the_message_and_edit_changes_it()
    {
        await using var harness = await RestHarness.StartAsync();
        var question = new Snowflake(1400000000000000001);

        var reply = await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload
        {
            Content = "Here is what I found",
            MessageReference = new MessageReference(question) { FailIfNotExists = false },
        });
        await harness.Client.EditMessageAsync(ChannelId, reply.Id, new MessagePayload { Content = "Here is what I found (updated)" });

        Assert.Equal(19, reply.Type);
        var shown = harness.StandIn.GetMessage(reply.Id.ToString())!;
        Assert.Equal("Here is what I found (updated)", (string?)shown["content"]);
        Assert.Equal(question.ToString(), (string?)shown["message_reference"]!["message_id"]);
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Every_message_body_sent_says_mention_nobody_even_when_the_caller_cleared_it()
    {
        await using var harness = await RestHarness.StartAsync();
        const string token = "mentions-token";
        var client = harness.Client;
        var text = "@everyone look <@123> <@&456>";

        await client.RespondAsync(new Snowflake(2100000000000000010), token, InteractionResponse.Deferred());
        await client.EditOriginalResponseAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = text, AllowedMentions = null });
        var followUp = await client.CreateFollowupAsync(RestHarness.ApplicationId, token, new MessagePayload { Content = text });
        await client.EditFollowupAsync(RestHarness.ApplicationId, token, followUp.Id, new MessagePayload { Content = text, AllowedMentions = null });
        var message = await client.CreateMessageAsync(ChannelId, new MessagePayload { Content = text, AllowedMentions = null });
        await client.EditMessageAsync(ChannelId, message.Id, new MessagePayload { Content = text });
        await client.RespondAsync(new Snowflake(2100000000000000011), "t11", InteractionResponse.Message(new MessagePayload { Content = text, AllowedMentions = null }));
        await client.RespondAsync(new Snowflake(2100000000000000012), "t12", InteractionResponse.UpdateMessage(new MessagePayload { Content = text }));

        var messageBodies = harness.StandIn.Requests
            .Where(r => r.Method != "GET" && r.Method != "DELETE" && r.Route is not (StandInRoutes.GlobalCommands or StandInRoutes.GuildCommands))
            .Select(r => r.Route == StandInRoutes.Callback ? r.Json!["data"] : r.Json)
            .ToList();
        Assert.Equal(8, messageBodies.Count);
        Assert.All(messageBodies, body => Assert.Equal("""{"parse":[]}""", body!["allowed_mentions"]!.ToJsonString()));
        Assert.Empty(harness.StandIn.SchemaViolations);
    }

    [Fact]
    public async Task Oversized_embed_is_refused_with_the_limit_named_before_any_request()
    {
        await using var harness = await RestHarness.StartAsync();
        var payload = new MessagePayload { Embeds = [new Embed { Title = "Quote", Description = new string('a', DiscordLimits.EmbedDescription + 1) }] };

        var error = await Assert.ThrowsAsync<DiscordLimitException>(() => harness.Client.CreateMessageAsync(ChannelId, payload));

        Assert.Equal(nameof(DiscordLimits.EmbedDescription), error.Limit);
        Assert.Contains("embeds[0].description", error.Message, StringComparison.Ordinal);
        Assert.Contains("4097 given, at most 4096", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.StandIn.Requests);
    }

    [Fact]
    public async Task User_agent_and_bot_authorization_are_sent()
    {
        await using var harness = await RestHarness.StartAsync();

        await harness.Client.CreateMessageAsync(ChannelId, new MessagePayload { Content = "hi" });

        var request = Assert.Single(harness.StandIn.Requests);
        Assert.Matches(@"^DiscordBot \(https://github\.com/newsbot/newsbot, \d+\.\d+\.\d+\)", request.Headers["User-Agent"]);
        Assert.Equal("(bot token, accepted)", request.Headers["Authorization"]);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.DoesNotContain("\"embeds\"", request.Body, StringComparison.Ordinal);
    }
}
