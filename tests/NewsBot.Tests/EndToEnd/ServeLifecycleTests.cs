using Microsoft.Extensions.Configuration;
using NewsBot.CommandLine;
using NewsBot.Testing;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Rest;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

[Collection(ServeCollection.Name)]
public sealed class ServeLifecycleTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Serve_without_a_token_stops_with_one_line_naming_the_environment_variable()
    {
        using var directory = new TemporaryDirectory();
        var error = new StringWriter();
        var context = new CliContext(
            new CliConsole(new StringWriter(), error, Interactive: false),
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = string.Empty,
                ["Index:Path"] = directory.Combine("lucene"),
                ["Index:Semantic"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            }));

        var exitCode = await NewsBotCommandLine.InvokeAsync(["serve"], context, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "newsbot: invalid settings: Discord:Token is not set: put the bot token in the environment variable NEWSBOT_Discord__Token or in user secrets.",
            line.TrimEnd('\r'));
    }

    [Fact]
    public async Task Token_refused_by_the_api_stops_serve_with_exit_code_1_and_a_one_line_reason()
    {
        await using var bot = await ServeFixture.StartAsync(settings => settings["Discord:Token"] = "not-the-right-token");

        var exitCode = await bot.RunTask.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(bot.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("refused the bot token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-right-token", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_refused_by_the_gateway_with_close_4004_stops_serve_with_exit_code_1()
    {
        await using var bot = await ServeFixture.StartAsync(prepare: standIn => standIn.Gateway.RejectConnectionsWithCode = 4004);

        var exitCode = await bot.RunTask.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("4004", Assert.Single(bot.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_development_guilds_the_member_commands_are_global_and_reindex_is_only_in_the_admin_guild()
    {
        await using var bot = await ServeFixture.StartAsync(settings => settings.Remove("Bot:DevelopmentGuildIds:0"));
        await bot.WaitUntilReadyAsync();
        await bot.StandIn.WaitForRequestAsync(request => request.Route == StandInRoutes.GuildCommands && request.Status == 200, TimeSpan.FromSeconds(60));

        Assert.Equal(["ask", "recent", "sources", "help"], bot.StandIn.GetCommands().Select(command => (string)command!["name"]!));
        Assert.Equal(["reindex"], bot.StandIn.GetCommands(ServeFixture.GuildId).Select(command => (string)command!["name"]!));
        await StopCleanlyAsync(bot);
    }

    [Fact]
    public async Task Second_question_within_the_cooldown_is_answered_politely_and_privately()
    {
        await using var bot = await ServeFixture.StartAsync(settings => settings["Bot:CooldownSeconds"] = "600");
        await bot.WaitUntilReadyAsync();

        var first = await bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));
        await bot.WaitForAnswerAsync(first);
        var second = await bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.ChantQuestion));
        var refusal = await bot.WaitForCallbackAsync(second);
        var someoneElse = await bot.SlashAsync("ask", user: ServeFixture.OtherMember, options: ("question", 3, EndToEndArticles.ChantQuestion));
        await bot.WaitForAnswerAsync(someoneElse);

        Assert.Equal(4, (int)refusal["type"]!);
        Assert.Equal(64, (int)refusal["data"]!["flags"]!);
        Assert.StartsWith("You're asking quickly! Please wait", (string)refusal["data"]!["content"]!, StringComparison.Ordinal);
        Assert.Empty(bot.OriginalEdits(second));
        await StopCleanlyAsync(bot);
    }

    [Fact]
    public async Task Ctrl_c_delivers_the_answer_in_flight_closes_the_gateway_cleanly_and_exits_0()
    {
        await using var bot = await ServeFixture.StartAsync();
        await bot.WaitUntilReadyAsync();

        // The edit is held back by a rate limit, so shutdown begins while the answer is still on its way.
        bot.StandIn.ScriptRateLimit(StandInRoutes.EditOriginal, retryAfterSeconds: 1.5);
        var ask = await bot.SlashAsync("ask", options: ("question", 3, EndToEndArticles.CooperationQuestion));
        await bot.WaitForCallbackAsync(ask);
        var exitCode = await bot.StopAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains(bot.StandIn.Requests, request => request.Route == StandInRoutes.EditOriginal && request.Status == 200 && request.RouteValues["webhook_token"] == ask.Token);
        Assert.Contains(bot.StandIn.Gateway.Closes, close => close.ByClient && close.Code == 1000);
        Assert.Empty(bot.Errors);
        output.WriteLine(bot.Transcript());
        Assert.Empty(bot.StandIn.SchemaViolations);
        Assert.Empty(bot.StandIn.RateLimitViolations);
    }

    private async Task StopCleanlyAsync(ServeFixture bot)
    {
        output.WriteLine(bot.Transcript());
        Assert.Equal(0, await bot.StopAsync());
        Assert.Empty(bot.StandIn.SchemaViolations);
        Assert.Empty(bot.StandIn.RateLimitViolations);
    }
}
