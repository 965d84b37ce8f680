using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace NewsBot.Tests.EndToEnd;

/// <summary>
/// One end-to-end test: a fresh stand-in and <c>serve</c>, the request log written to the test output, and at the end
/// the checks every test shares: the stand-in refused no body for breaking Discord's schema or limits, and the bot
/// broke no rate limit.
/// </summary>
public abstract class EndToEndTest(ITestOutputHelper output) : IAsyncLifetime
{
    internal ServeFixture Bot { get; private set; } = null!;

    /// <summary>The test's output, for figures a test reports rather than asserts.</summary>
    protected ITestOutputHelper Output { get; } = output;

    public async Task InitializeAsync()
    {
        Bot = await ServeFixture.StartAsync(Settings, Prepare);
        await Bot.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync()
    {
        Output.WriteLine(Bot.Transcript());
        if (Bot.Errors.Length > 0)
        {
            Output.WriteLine("serve wrote to stderr: " + Bot.Errors);
        }

        var schema = Bot.StandIn.SchemaViolations;
        var rates = Bot.StandIn.RateLimitViolations;
        var requests = Bot.StandIn.Requests;
        await Bot.DisposeAsync();
        Assert.Empty(schema);
        Assert.Empty(rates);
        AssertEveryMessageMentionsNobody(requests);
    }

    /// <summary>Configuration the test changes (the fixture's defaults otherwise).</summary>
    internal virtual void Settings(Dictionary<string, string?> settings)
    {
    }

    /// <summary>Stand-in behaviour set before the bot connects.</summary>
    internal virtual void Prepare(NewsBot.Testing.Discord.DiscordStandIn standIn)
    {
    }

    internal static JsonObject Embed(JsonObject message) => (JsonObject)message["embeds"]![0]!;

    internal static string Description(JsonObject message) => (string)Embed(message)["description"]!;

    /// <summary>The text with bold marks removed, to check words whatever was highlighted.</summary>
    internal static string Plain(string markdown) => markdown.Replace("**", string.Empty, StringComparison.Ordinal);

    internal static IReadOnlyList<JsonObject> Buttons(JsonObject message)
        => message["components"] is JsonArray { Count: > 0 } rows ? [.. rows[0]!["components"]!.AsArray().Select(button => (JsonObject)button!)] : [];

    /// <summary>
    /// Every message the bot sent, edited or followed up in the test, and every callback that carries a message,
    /// mentions nobody: Discord.Net has no global default, so one send without it would be a ping waiting to happen.
    /// </summary>
    internal static void AssertEveryMessageMentionsNobody(IReadOnlyList<NewsBot.Testing.Discord.Rest.RecordedRequest> requests)
    {
        foreach (var request in requests.Where(request => request.Json is JsonObject))
        {
            var body = (JsonObject)request.Json!;
            var message = request.Route switch
            {
                NewsBot.Testing.Discord.Rest.StandInRoutes.Callback when (int?)body["type"] is 4 or 7 => (JsonObject?)body["data"],
                NewsBot.Testing.Discord.Rest.StandInRoutes.CreateMessage or NewsBot.Testing.Discord.Rest.StandInRoutes.EditMessage
                    or NewsBot.Testing.Discord.Rest.StandInRoutes.EditOriginal or NewsBot.Testing.Discord.Rest.StandInRoutes.FollowUp
                    or NewsBot.Testing.Discord.Rest.StandInRoutes.EditFollowUp => body,
                _ => null,
            };
            if (message is not null)
            {
                AssertNobodyPinged(message);
            }
        }
    }

    internal static void AssertNobodyPinged(JsonObject message)
    {
        var mentions = Assert.IsType<JsonObject>(message["allowed_mentions"]);
        Assert.Empty(mentions["parse"]!.AsArray());
        Assert.Empty(mentions["users"]?.AsArray() ?? []);
        Assert.Empty(mentions["roles"]?.AsArray() ?? []);
        Assert.NotEqual(true, (bool?)mentions["replied_user"]);
    }
}
