using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NewsBot.Discord.Rest;
using NewsBot.Testing.Discord;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Discord.Tests.Rest;

/// <summary>The stand-in itself: it must refuse what Discord refuses, or client tests prove nothing.</summary>
public sealed class DiscordStandInRestTests
{
    // Dated a little ahead, so its callback stays within Discord's 3 seconds however late in the run the test comes.
    private static readonly string FreshInteraction = StandInIds.TextCreatedAt(DateTimeOffset.UtcNow.AddSeconds(30));

    [Fact]
    public async Task Button_without_custom_id_is_refused_and_recorded_as_a_violation()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, body) = await SendAsync(standIn, HttpMethod.Post, "channels/1/messages",
            """{"content": "pick", "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Next"}]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var violation = Assert.Single(standIn.SchemaViolations);
        Assert.Contains(violation.Errors, e => e.Location == "/components/0/components/0/custom_id");
        Assert.Contains("components.0.components.0.custom_id", DiscordError.Parse(body).FieldErrors.Select(f => f.Path));
        Assert.Empty(standIn.GetMessages());
    }

    [Fact]
    public async Task Content_over_2000_characters_is_refused_although_the_spec_allows_4000()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, _) = await SendAsync(standIn, HttpMethod.Post, "channels/1/messages", $$"""{"content": "{{new string('a', 2001)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("/content", Assert.Single(Assert.Single(standIn.SchemaViolations).Errors).Location);
    }

    [Fact]
    public async Task Embeds_over_6000_characters_together_are_refused()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        var embed = $$"""{"description": "{{new string('a', 3500)}}"}""";

        var (status, _) = await SendAsync(standIn, HttpMethod.Post, "channels/1/messages", $$"""{"embeds": [{{embed}}, {{embed}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("6000", Assert.Single(standIn.SchemaViolations).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_message_is_refused()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, _) = await SendAsync(standIn, HttpMethod.Post, "channels/1/messages", """{"allowed_mentions": {"parse": []}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single(standIn.SchemaViolations);
    }

    [RequiresOpenApiSpecFact]
    public async Task Command_description_of_101_characters_breaks_the_schema()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, body) = await SendAsync(standIn, HttpMethod.Put, "applications/1/commands",
            $$"""[{"name": "ask", "description": "{{new string('d', 101)}}", "type": 1}]""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(Assert.Single(standIn.SchemaViolations).Errors, e => e.Location == "/0/description" && e.Message.Contains("maxLength", StringComparison.Ordinal));
        Assert.Contains("0.description", DiscordError.Parse(body).FieldErrors.Select(f => f.Path));
        Assert.Empty(standIn.GetCommands());
    }

    [RequiresOpenApiSpecFact]
    public async Task Embed_description_of_4097_characters_in_a_callback_breaks_the_schema()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, body) = await SendAsync(standIn, HttpMethod.Post, $"interactions/{FreshInteraction}/tok/callback",
            $$$"""{"type": 4, "data": {"embeds": [{"description": "{{{new string('a', 4097)}}}"}]}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("data.embeds.0.description", DiscordError.Parse(body).FieldErrors.Select(f => f.Path));
        Assert.Null(standIn.GetInteractionCallback(FreshInteraction));
    }

    [RequiresOpenApiSpecFact]
    public async Task Callback_of_an_unknown_type_breaks_the_schema()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, _) = await SendAsync(standIn, HttpMethod.Post, $"interactions/{FreshInteraction}/tok/callback", """{"type": 3}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Single(standIn.SchemaViolations);
    }

    [Fact]
    public async Task Wrong_bot_token_gets_401_and_the_log_hides_the_token()
    {
        await using var standIn = await DiscordStandIn.StartAsync();

        var (status, _) = await SendAsync(standIn, HttpMethod.Post, "channels/1/messages", """{"content": "hi"}""", token: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("(refused)", Assert.Single(standIn.Requests).Headers["Authorization"]);
        Assert.Empty(standIn.GetMessages());
    }

    [Fact]
    public async Task Responses_carry_rate_limit_headers_of_the_route_bucket()
    {
        await using var standIn = await DiscordStandIn.StartAsync();
        standIn.SetRouteLimit(StandInRoutes.CreateMessage, 3, TimeSpan.FromSeconds(10));
        using var http = Client(standIn, standIn.Token);

        using var first = await http.PostAsync("channels/1/messages", Json("""{"content": "a"}"""));
        using var second = await http.PostAsync("channels/1/messages", Json("""{"content": "b"}"""));
        using var otherChannel = await http.PostAsync("channels/2/messages", Json("""{"content": "c"}"""));

        Assert.Equal("3", first.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("2", first.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("1", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("2", otherChannel.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(first.Headers.GetValues("X-RateLimit-Bucket").Single(), otherChannel.Headers.GetValues("X-RateLimit-Bucket").Single());
    }

    private static HttpClient Client(DiscordStandIn standIn, string token)
    {
        var http = new HttpClient { BaseAddress = new Uri(standIn.ApiBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        return http;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(DiscordStandIn standIn, HttpMethod method, string path, string body, string? token = null)
    {
        using var http = Client(standIn, token ?? standIn.Token);
        using var request = new HttpRequestMessage(method, path) { Content = Json(body) };
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
