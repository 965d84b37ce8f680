using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

[Collection(ServeCollection.Name)]
public sealed class ServeEndToEndTests(ITestOutputHelper output) : EndToEndTest(output)
{
    [Fact]
    public void Commands_are_registered_by_bulk_overwrite_in_the_development_guild()
    {
        var commands = Bot.StandIn.GetCommands(ServeFixture.GuildId);

        Assert.Equal(["ask", "recent", "sources", "help", "reindex"], commands.Select(command => (string)command!["name"]!));
        var reindex = commands.Single(command => (string)command!["name"]! == "reindex")!;
        Assert.Equal("32", reindex["default_member_permissions"]?.ToString());
        Assert.Single(Bot.StandIn.Requests, request => request.Route == StandInRoutes.GuildCommands && request.Method == "PUT");
    }

    [Fact]
    public void Serve_runs_the_scheduled_refresh_of_sources_beside_the_bot()
    {
        var services = Bot.Host.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ToList();

        Assert.Contains("SourceRefreshService", services);
        Assert.Contains("DiscordBotService", services);
    }

    [Fact]
    public async Task Ask_is_deferred_then_edited_with_quotes_and_their_citations()
    {
        var dispatched = DateTimeOffset.UtcNow;
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));

        var answer = await Bot.WaitForAnswerAsync(ask);

        var callback = Bot.StandIn.GetInteractionCallback(ask.Id)!;
        // Reported, not asserted: a timed assertion would make CI flaky on a loaded machine.
        var deferral = Bot.StandIn.Requests.First(request => request.Route == StandInRoutes.Callback && request.RouteValues["interaction_id"] == ask.Id);
        Output.WriteLine($"deferred {(deferral.ReceivedAt - dispatched).TotalMilliseconds:0} ms after the INTERACTION_CREATE was sent");
        Assert.Equal(5, (int)callback["type"]!);
        var requests = Bot.StandIn.Requests.ToList();
        var deferredAt = requests.FindIndex(request => request.Route == StandInRoutes.Callback && request.RouteValues["interaction_id"] == ask.Id);
        var editedAt = requests.FindIndex(request => request.Route == StandInRoutes.EditOriginal && request.RouteValues["webhook_token"] == ask.Token);
        Assert.InRange(deferredAt, 0, editedAt - 1);

        var description = Description(answer);
        Assert.Contains("work together", Plain(description), StringComparison.Ordinal);
        Assert.Contains("**", description, StringComparison.Ordinal);
        Assert.Matches(@"\n\[1\] \[[^\]]+\]\(https://[^)]+\) \u00B7 [^\n]+ \u00B7 \d{1,2} Nov 2025", description);
        Assert.Matches(@"^newest article \d{1,2} Nov 2025 \u00B7 6 articles", (string)Embed(answer)["footer"]!["text"]!);
        AssertNobodyPinged(answer);
        var shown = Bot.StandIn.GetOriginalResponse(ask.Token)!;
        Assert.Equal(description, (string)shown["embeds"]![0]!["description"]!);
    }

    [Fact]
    public async Task More_quotes_pages_for_the_asker_and_tells_others_only_the_asker_can()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));
        var answer = await Bot.WaitForAnswerAsync(ask);
        var more = Assert.Single(Buttons(answer));
        Assert.Equal("More quotes", (string)more["label"]!);
        var messageId = (string)Bot.StandIn.GetOriginalResponse(ask.Token)!["id"]!;

        var stranger = await Bot.ClickAsync((string)more["custom_id"]!, messageId, ServeFixture.OtherMember);
        var refusal = await Bot.WaitForCallbackAsync(stranger);
        var click = await Bot.ClickAsync((string)more["custom_id"]!, messageId);
        var update = await Bot.WaitForCallbackAsync(click);

        Assert.Equal(4, (int)refusal["type"]!);
        Assert.Equal(64, (int)refusal["data"]!["flags"]!);
        Assert.Contains("Only the person who asked", (string)refusal["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Equal(7, (int)update["type"]!);
        var secondPage = Description((JsonObject)update["data"]!);
        Assert.NotEqual(Description(answer), secondPage);
        Assert.EndsWith("page 2 of 2", (string)Embed((JsonObject)update["data"]!)["footer"]!["text"]!, StringComparison.Ordinal);
        var shown = Bot.StandIn.GetMessage(messageId)!;
        Assert.Equal(secondPage, (string)shown["embeds"]![0]!["description"]!);
        Assert.Equal("Previous", (string)shown["components"]![0]!["components"]![0]!["label"]!);
    }

    [Fact]
    public async Task Question_nothing_answers_gets_an_honest_not_found()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, "What is the melting point of tungsten?"));

        var answer = await Bot.WaitForAnswerAsync(ask);

        Assert.Contains("Nothing indexed answers this", Description(answer), StringComparison.Ordinal);
        Assert.Empty(Buttons(answer));
    }

    [Fact]
    public async Task Private_question_is_answered_ephemerally()
    {
        var ask = await Bot.SlashAsync("ask", options: [("question", 3, EndToEndArticles.CooperationQuestion), ("private", 5, true)]);

        await Bot.WaitForAnswerAsync(ask);

        Assert.Equal(64, (int)Bot.StandIn.GetInteractionCallback(ask.Id)!["data"]!["flags"]!);
        Assert.Equal(64, (int)Bot.StandIn.GetOriginalResponse(ask.Token)!["flags"]! & 64);
    }

    [Fact]
    public async Task Blank_question_gets_an_ephemeral_explanation_instead_of_a_deferral()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, "   "));

        var callback = await Bot.WaitForCallbackAsync(ask);

        Assert.Equal(4, (int)callback["type"]!);
        Assert.Equal(64, (int)callback["data"]!["flags"]!);
        Assert.Contains("type a question", (string)callback["data"]!["content"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recent_lists_the_newest_articles_one_line_each_with_paging()
    {
        var recent = await Bot.SlashAsync("recent", options: ("count", 4, 2));

        var list = await Bot.WaitForAnswerAsync(recent);

        var lines = Description(list).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("`2025-11-23`", lines[0], StringComparison.Ordinal);
        Assert.Equal("Older", (string)Assert.Single(Buttons(list))["label"]!);
    }

    [Fact]
    public async Task Sources_lists_the_outlets_with_counts()
    {
        var sources = await Bot.SlashAsync("sources");

        var callback = await Bot.WaitForCallbackAsync(sources);

        Assert.Equal(4, (int)callback["type"]!);
        var description = Description((JsonObject)callback["data"]!);
        Assert.Contains("**Metro Ledger**: 1 article", description, StringComparison.Ordinal);
        Assert.StartsWith("6 articles", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_the_commands_to_the_member_alone()
    {
        var help = await Bot.SlashAsync("help");

        var callback = await Bot.WaitForCallbackAsync(help);

        Assert.Equal(4, (int)callback["type"]!);
        Assert.Equal(64, (int)callback["data"]!["flags"]!);
        var fields = Embed((JsonObject)callback["data"]!)["fields"]!.AsArray().Select(field => (string)field!["name"]!).ToList();
        Assert.Contains(fields, name => name.StartsWith("/ask", StringComparison.Ordinal));
        Assert.Contains(fields, name => name.StartsWith("/reindex", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Source_option_autocompletes_from_the_indexed_outlets()
    {
        var data = new JsonObject
        {
            ["id"] = "1",
            ["name"] = "ask",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["name"] = "source", ["type"] = 3, ["value"] = "c", ["focused"] = true }),
        };

        var autocomplete = await Bot.SendAsync(4, data);
        var callback = await Bot.WaitForCallbackAsync(autocomplete);

        Assert.Equal(8, (int)callback["type"]!);
        var values = callback["data"]!["choices"]!.AsArray().Select(choice => (string)choice!["value"]!).ToList();
        Assert.Equal(["Capitol Wire", "City Desk"], values);
    }

    [Fact]
    public async Task Mention_is_answered_with_a_reply_and_messages_from_bots_are_ignored()
    {
        await Bot.PostMessageAsync($"<@{Bot.BotUserId}> {EndToEndArticles.CooperationQuestion}", author: "830000000000009999", bot: true, Bot.BotUserId);
        var question = await Bot.PostMessageAsync($"<@!{Bot.BotUserId}> {EndToEndArticles.CooperationQuestion}", ServeFixture.Asker, false, Bot.BotUserId);

        var sent = await Bot.StandIn.WaitForRequestAsync(request => request.Route == StandInRoutes.CreateMessage, TimeSpan.FromSeconds(30));
        await Bot.PostMessageAsync("a message that does not mention the bot");
        var sources = await Bot.SlashAsync("sources");
        await Bot.WaitForCallbackAsync(sources);

        var reply = (JsonObject)sent.Json!;
        Assert.Equal(question, (string)reply["message_reference"]!["message_id"]!);
        Assert.Contains("work together", Plain(Description(reply)), StringComparison.Ordinal);
        AssertNobodyPinged(reply);
        Assert.Single(Bot.StandIn.Requests, request => request.Route == StandInRoutes.CreateMessage);
        Assert.Equal(19, (int)Bot.StandIn.GetMessages(ServeFixture.ChannelId).Single(message => message["message_reference"] is not null)["type"]!);
    }

    [Fact]
    public async Task Article_text_that_tries_to_ping_is_quoted_escaped_with_no_mention_allowed()
    {
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.ChantQuestion));

        var answer = await Bot.WaitForAnswerAsync(ask);

        var description = Description(answer);
        Assert.Contains("@\u200Beveryone", description, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", description, StringComparison.Ordinal);
        Assert.DoesNotContain("<@123>", description, StringComparison.Ordinal);
        Assert.Contains(@"\*\*", description, StringComparison.Ordinal);
        Assert.Contains(@"Zoning protest \*\*fills\*\* the council chamber", description, StringComparison.Ordinal);
        AssertNobodyPinged(answer);

        // The deferral before it carries no text that could mention anyone; the edit above is what members read.
        var deferral = Bot.StandIn.GetInteractionCallback(ask.Id)!;
        Assert.Equal(5, (int)deferral["type"]!);
        Assert.Null(deferral["data"]?["content"]);
    }

    [Fact]
    public async Task A_failure_while_answering_becomes_an_apology_in_the_reply_never_a_dead_interaction()
    {
        // Discord refuses the first edit (as it would a body it cannot take); the handler fails and must still answer.
        Bot.StandIn.ScriptError(StandInRoutes.EditOriginal, 400, """{"message": "Invalid Form Body", "code": 50035}""");
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));

        await Bot.StandIn.WaitForRequestAsync(
            request => request.Route == StandInRoutes.EditOriginal && request.Status == 200 && request.RouteValues["webhook_token"] == ask.Token,
            TimeSpan.FromSeconds(30));

        var shown = Bot.StandIn.GetOriginalResponse(ask.Token)!;
        Assert.StartsWith("Sorry, something went wrong", (string)shown["content"]!, StringComparison.Ordinal);
        Assert.Empty(shown["embeds"]!.AsArray());
        Assert.Equal([400, 200], Bot.OriginalEditStatuses(ask));
    }

    [Fact]
    public async Task Answer_in_flight_during_a_gateway_drop_is_delivered_and_events_sent_meanwhile_are_answered_after_resume()
    {
        // Hold the answer's edit back with a rate limit, so the connection drops while the answer is in flight.
        Bot.StandIn.ScriptRateLimit(StandInRoutes.EditOriginal, retryAfterSeconds: 1.5);
        var ask = await Bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));
        await Bot.WaitForCallbackAsync(ask);

        Bot.StandIn.Gateway.Drop();
        var sources = await Bot.SlashAsync("sources", user: ServeFixture.OtherMember);
        await Bot.StandIn.Gateway.WaitForResumesAsync(1);
        var answer = await Bot.WaitForAnswerAsync(ask);
        await Bot.WaitForCallbackAsync(sources);

        Assert.Contains("work together", Plain(Description(answer)), StringComparison.Ordinal);
        Assert.Single(Bot.StandIn.Requests, request => request.Route == StandInRoutes.Callback && request.RouteValues["interaction_id"] == sources.Id);
        Assert.DoesNotContain(Bot.StandIn.Requests, request => request.Status == 400);
    }
}
