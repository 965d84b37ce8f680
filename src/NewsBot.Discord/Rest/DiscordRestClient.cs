using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Rest;

/// <summary>
/// Discord's REST API for a bot: command registration, interaction responses, follow-ups and messages. One instance
/// serves the whole process (register it with <c>AddDiscordClient</c>; resolving it always gives the same one): each
/// request takes an <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, whose pipeline obeys rate limits
/// (<see cref="DiscordRateLimiter"/>) and retries what may be retried. Checks payloads against
/// <see cref="DiscordLimits"/> before sending and always sends <c>allowed_mentions</c> (nobody, unless the caller says
/// otherwise). Failures: <see cref="DiscordLimitException"/> before sending, <see cref="DiscordRestException"/> for
/// Discord's 4xx and 5xx, <see cref="DiscordUnauthorizedException"/> for a refused bot token (the client then stops),
/// <see cref="DiscordDeadlineException"/> for an interaction callback not sent because it could only arrive too late.
/// </summary>
public sealed class DiscordRestClient
{
    /// <summary>The name of the <see cref="IHttpClientFactory"/> client whose pipeline carries the rate limits and retries.</summary>
    public const string HttpClientName = "NewsBot.Discord.Rest";

    /// <summary>The User-Agent Discord asks bots to send: <c>DiscordBot (url, version)</c>.</summary>
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/newsbot/newsbot, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly IHttpClientFactory _httpClients;
    private readonly string _token;
    private readonly DiscordRateLimiter _limiter;
    private readonly ILogger<DiscordRestClient> _logger;
    private readonly IHostApplicationLifetime? _lifetime;

    /// <summary>Creates the client; when a host <c>lifetime</c> is given, a refused bot token stops the host, as nothing works without it.</summary>
    public DiscordRestClient(
        IHttpClientFactory httpClients,
        IOptions<DiscordOptions> options,
        DiscordRateLimiter limiter,
        ILogger<DiscordRestClient> logger,
        IHostApplicationLifetime? lifetime = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClients = httpClients ?? throw new ArgumentNullException(nameof(httpClients));
        _token = options.Value.Token;
        _limiter = limiter ?? throw new ArgumentNullException(nameof(limiter));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _lifetime = lifetime;
    }

    /// <summary>Points a factory client at Discord: the API base (relative paths resolve below it only when it ends with '/') and the User-Agent.</summary>
    internal static void ConfigureHttpClient(HttpClient http, DiscordOptions options)
    {
        var baseUrl = options.ApiBaseUrl.ToString();
        http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>Replaces all global commands of the application with <paramref name="commands"/> (PUT).</summary>
    public Task<IReadOnlyList<RegisteredCommand>> OverwriteGlobalCommandsAsync(
        Snowflake applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default)
    {
        PayloadLimits.Check(commands);
        var route = new RestRoute(HttpMethod.Put, "/applications/{application_id}/commands",
            $"applications/{applicationId}/commands", $"application:{applicationId}", RouteAuth.BotToken);
        return SendAsync(route, commands, DiscordRestJsonContext.Default.IReadOnlyListApplicationCommand,
            DiscordRestJsonContext.Default.IReadOnlyListRegisteredCommand, cancellationToken);
    }

    /// <summary>Replaces all commands of the application in one guild with <paramref name="commands"/> (PUT); they apply at once.</summary>
    public Task<IReadOnlyList<RegisteredCommand>> OverwriteGuildCommandsAsync(
        Snowflake applicationId, Snowflake guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default)
    {
        PayloadLimits.Check(commands);
        var route = new RestRoute(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{applicationId}/guilds/{guildId}/commands", $"guild:{guildId}", RouteAuth.BotToken);
        return SendAsync(route, commands, DiscordRestJsonContext.Default.IReadOnlyListApplicationCommand,
            DiscordRestJsonContext.Default.IReadOnlyListRegisteredCommand, cancellationToken);
    }

    /// <summary>Answers an interaction (the first response, within 3 seconds of it arriving).</summary>
    public Task RespondAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return RespondAsync(interaction.Id, interaction.Token, response, cancellationToken);
    }

    /// <summary>
    /// Answers an interaction by id and token (POST callback; Discord answers 204). Throws
    /// <see cref="DiscordDeadlineException"/> without sending when the callback could only arrive after the
    /// interaction's 3 seconds: they have passed, or a rate-limit wait would outlast them.
    /// </summary>
    public async Task RespondAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(interactionToken);
        ArgumentNullException.ThrowIfNull(response);
        if (response.Data is MessagePayload message)
        {
            response = response.WithData(WithMentionsGuard(message));
        }

        PayloadLimits.Check(response);
        var route = new RestRoute(HttpMethod.Post, "/interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{interactionId}/{Uri.EscapeDataString(interactionToken)}/callback",
            $"interaction:{interactionId}:{interactionToken}", RouteAuth.PathToken)
        {
            Deadline = InteractionDeadlines.AcknowledgeBy(interactionId),
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(response, DiscordRestJsonContext.Default.InteractionResponse);
        await SendRawAsync(route, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Edits the original response of <paramref name="interaction"/>.</summary>
    public Task<Message> EditOriginalResponseAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
    }

    /// <summary>Sends a follow-up message to <paramref name="interaction"/>.</summary>
    public Task<Message> CreateFollowupAsync(Interaction interaction, MessagePayload message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return CreateFollowupAsync(interaction.ApplicationId, interaction.Token, message, cancellationToken);
    }

    /// <summary>Reads the original response of an interaction.</summary>
    public async Task<Message> GetOriginalResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken = default)
    {
        var route = WebhookRoute(HttpMethod.Get, applicationId, interactionToken, "/messages/@original", "/messages/@original");
        var bytes = await SendRawAsync(route, null, cancellationToken).ConfigureAwait(false);
        return Read(bytes, DiscordRestJsonContext.Default.Message);
    }

    /// <summary>Edits the original response; this is how a deferred (type 5) response is finished.</summary>
    public Task<Message> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default)
        => SendMessageAsync(WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, "/messages/@original", "/messages/@original"), message, cancellationToken);

    /// <summary>Deletes the original response.</summary>
    public async Task DeleteOriginalResponseAsync(Snowflake applicationId, string interactionToken, CancellationToken cancellationToken = default)
        => await SendRawAsync(WebhookRoute(HttpMethod.Delete, applicationId, interactionToken, "/messages/@original", "/messages/@original"), null, cancellationToken)
            .ConfigureAwait(false);

    /// <summary>
    /// Sends a follow-up message to an interaction (valid for 15 minutes after it arrived). Right after a deferred
    /// response, Discord makes the first one an edit of the original instead (no new message; its ephemeral flag ignored).
    /// </summary>
    public Task<Message> CreateFollowupAsync(Snowflake applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default)
        => SendMessageAsync(WebhookRoute(HttpMethod.Post, applicationId, interactionToken, string.Empty, string.Empty), message, cancellationToken);

    /// <summary>Edits a follow-up message.</summary>
    public Task<Message> EditFollowupAsync(Snowflake applicationId, string interactionToken, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken = default)
        => SendMessageAsync(WebhookRoute(HttpMethod.Patch, applicationId, interactionToken, "/messages/{message_id}", $"/messages/{messageId}"), message, cancellationToken);

    /// <summary>Sends a message to a channel; set <see cref="MessagePayload.MessageReference"/> to reply.</summary>
    public Task<Message> CreateMessageAsync(Snowflake channelId, MessagePayload message, CancellationToken cancellationToken = default)
        => SendMessageAsync(new RestRoute(HttpMethod.Post, "/channels/{channel_id}/messages",
            $"channels/{channelId}/messages", $"channel:{channelId}", RouteAuth.BotToken), message, cancellationToken);

    /// <summary>Edits a message the bot sent.</summary>
    public Task<Message> EditMessageAsync(Snowflake channelId, Snowflake messageId, MessagePayload message, CancellationToken cancellationToken = default)
        => SendMessageAsync(new RestRoute(HttpMethod.Patch, "/channels/{channel_id}/messages/{message_id}",
            $"channels/{channelId}/messages/{messageId}", $"channel:{channelId}", RouteAuth.BotToken), message, cancellationToken);

    /// <summary>
    /// Puts the default back when a caller cleared <c>allowed_mentions</c>: Discord's own default for a missing field
    /// would let @everyone and user mentions in quoted text ping.
    /// </summary>
    private static MessagePayload WithMentionsGuard(MessagePayload message)
        => message.AllowedMentions is null ? message with { AllowedMentions = AllowedMentions.None } : message;

    private static RestRoute WebhookRoute(HttpMethod method, Snowflake applicationId, string token, string templateTail, string pathTail)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new RestRoute(method, "/webhooks/{application_id}/{interaction_token}" + templateTail,
            $"webhooks/{applicationId}/{Uri.EscapeDataString(token)}{pathTail}", $"webhook:{applicationId}:{token}", RouteAuth.PathToken);
    }

    private Task<Message> SendMessageAsync(RestRoute route, MessagePayload message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message = WithMentionsGuard(message);
        PayloadLimits.Check(message);
        return SendAsync(route, message, DiscordRestJsonContext.Default.MessagePayload, DiscordRestJsonContext.Default.Message, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        RestRoute route, TRequest body, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
    {
        var bytes = await SendRawAsync(route, JsonSerializer.SerializeToUtf8Bytes(body, requestType), cancellationToken).ConfigureAwait(false);
        return Read(bytes, responseType);
    }

    private static T Read<T>(byte[]? bytes, JsonTypeInfo<T> type)
        => bytes is { Length: > 0 }
            ? JsonSerializer.Deserialize(bytes, type) ?? throw new JsonException($"Discord answered null for a {typeof(T).Name}.")
            : throw new JsonException($"Discord answered with no body where a {typeof(T).Name} was expected.");

    /// <summary>Sends through the factory client's pipeline (rate limits, retries); returns the body of a 2xx answer (null for 204).</summary>
    private async Task<byte[]?> SendRawAsync(RestRoute route, byte[]? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, route.Path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        request.Options.Set(RestRoute.OptionKey, route);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body) { Headers = { ContentType = Json } };
        }

        var http = _httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response.StatusCode == HttpStatusCode.NoContent
                ? null
                : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw Refused(route, response.StatusCode, text);
    }

    private DiscordRestException Refused(RestRoute route, HttpStatusCode status, string text)
    {
        var error = DiscordError.Parse(text);
        Log.RestRefused(_logger, route.Name, (int)status, error.Message, error.Code);

        // A 401 on a webhook route means a bad interaction token, not a bad bot token: only the latter stops the client.
        if (status == HttpStatusCode.Unauthorized && route.Auth == RouteAuth.BotToken)
        {
            _limiter.Halt();
            Log.RestUnauthorized(_logger, route.Name);
            _lifetime?.StopApplication();
            return new DiscordUnauthorizedException(route.Name, error);
        }

        return new DiscordRestException(route.Name, status, error);
    }
}
