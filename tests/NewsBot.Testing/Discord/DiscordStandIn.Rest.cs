using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The REST half, as tests see it: the routes a bot uses with Discord-like answers, <c>X-RateLimit-*</c> headers per
/// bucket, scripted 429s and 5xx, 401 on a wrong bot token, bodies checked against Discord's OpenAPI schema and
/// documented limits, the request log, the resulting state and signals to await. The work is done by
/// <see cref="StandInRest"/>.
/// </summary>
public sealed partial class DiscordStandIn
{
    private StandInRest? _restHalf;

    /// <summary>True when bodies are checked against <c>../shared/discord/openapi.json</c>; otherwise only documented limits are.</summary>
    public static bool SchemaCheckAvailable => OpenApiBodyValidator.Instance.IsAvailable;

    /// <summary>Requests per window a route bucket allows unless <see cref="SetRouteLimit"/> says otherwise. Default 50.</summary>
    public int DefaultRouteLimit { get => Rest.DefaultRouteLimit; set => Rest.DefaultRouteLimit = value; }

    /// <summary>How long a route bucket's window lasts unless <see cref="SetRouteLimit"/> says otherwise. Default 1 s.</summary>
    public TimeSpan DefaultRouteWindow { get => Rest.DefaultRouteWindow; set => Rest.DefaultRouteWindow = value; }

    /// <summary>Invalid answers (401, 403, 429) allowed in 10 minutes before Cloudflare bans the client. Default 10,000, as on Discord.</summary>
    public int InvalidRequestLimit { get => Rest.InvalidRequestLimit; set => Rest.InvalidRequestLimit = value; }

    /// <summary>True once the client passed <see cref="InvalidRequestLimit"/>: every request since was refused, as by Cloudflare.</summary>
    public bool CloudflareBanned => Rest.CloudflareBanned;

    /// <summary>Every REST request received so far, in the order answered.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Rest.Requests;

    /// <summary>Bodies refused with 400 for breaking the OpenAPI schema or a documented limit. Empty at the end of a good test.</summary>
    public IReadOnlyList<SchemaViolation> SchemaViolations => Rest.SchemaViolations;

    /// <summary>Requests sent into an empty bucket or during a global pause. Empty when the client obeys rate limits.</summary>
    public IReadOnlyList<RateLimitViolation> RateLimitViolations => Rest.RateLimitViolations;

    private StandInRest Rest => _restHalf ??= new StandInRest(Token, Clock);

    /// <inheritdoc cref="StandInRest.DenyChannel"/>
    public void DenyChannel(string channelId) => Rest.DenyChannel(channelId);

    /// <inheritdoc cref="StandInRest.SetRouteLimit"/>
    public void SetRouteLimit(string route, int limit, TimeSpan window) => Rest.SetRouteLimit(route, limit, window);

    /// <inheritdoc cref="StandInRest.ScriptRateLimit"/>
    public void ScriptRateLimit(string route, double retryAfterSeconds, bool global = false) => Rest.ScriptRateLimit(route, retryAfterSeconds, global);

    /// <inheritdoc cref="StandInRest.ScriptServerErrorAfterProcessing"/>
    public void ScriptServerErrorAfterProcessing(string route, int status = 500) => Rest.ScriptServerErrorAfterProcessing(route, status);

    /// <inheritdoc cref="StandInRest.ScriptServerError"/>
    public void ScriptServerError(string route, int status = 502, int times = 1) => Rest.ScriptServerError(route, status, times);

    /// <inheritdoc cref="StandInRest.ScriptError"/>
    public void ScriptError(string route, int status, string jsonBody) => Rest.ScriptError(route, status, jsonBody);

    /// <inheritdoc cref="StandInRest.RegisterInteraction"/>
    public void RegisterInteraction(string interactionId, string token, string channelId, string? messageId = null)
        => Rest.RegisterInteraction(interactionId, token, channelId, messageId);

    /// <inheritdoc cref="StandInRest.GetCommands"/>
    public JsonArray GetCommands(string? guildId = null) => Rest.GetCommands(guildId);

    /// <inheritdoc cref="StandInRest.GetMessage"/>
    public JsonObject? GetMessage(string messageId) => Rest.GetMessage(messageId);

    /// <inheritdoc cref="StandInRest.GetMessages"/>
    public IReadOnlyList<JsonObject> GetMessages(string? channelId = null) => Rest.GetMessages(channelId);

    /// <inheritdoc cref="StandInRest.GetOriginalResponse"/>
    public JsonObject? GetOriginalResponse(string interactionToken) => Rest.GetOriginalResponse(interactionToken);

    /// <inheritdoc cref="StandInRest.GetInteractionCallback"/>
    public JsonObject? GetInteractionCallback(string interactionId) => Rest.GetInteractionCallback(interactionId);

    /// <inheritdoc cref="StandInRest.GetFollowUps"/>
    public IReadOnlyList<JsonObject> GetFollowUps(string interactionToken) => Rest.GetFollowUps(interactionToken);

    /// <inheritdoc cref="StandInRest.WaitForRequestAsync"/>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => Rest.WaitForRequestAsync(match, timeout, cancellationToken);

    /// <inheritdoc cref="StandInRest.WaitForOriginalEditAsync"/>
    public Task<RecordedRequest> WaitForOriginalEditAsync(string interactionToken, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => Rest.WaitForOriginalEditAsync(interactionToken, timeout, cancellationToken);

    /// <inheritdoc cref="StandInRest.WaitForCallbackAsync"/>
    public Task<RecordedRequest> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => Rest.WaitForCallbackAsync(interactionId, timeout, cancellationToken);

    partial void MapRest(WebApplication app) => Rest.Map(app);
}
