using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NewsBot.Testing.Discord.Rest;

namespace NewsBot.Testing.Discord;

/// <summary>
/// The REST half: the routes a bot uses, with Discord-like answers, <c>X-RateLimit-*</c> headers per bucket, scripted
/// 429s and 5xx, 401 on a wrong bot token, request bodies checked against Discord's OpenAPI schema and documented
/// limits, a log of every request, the resulting state (commands, messages, interaction responses) and signals to
/// await.
/// </summary>
public sealed partial class DiscordStandIn
{
    private const int LoadingFlag = 128;

    private readonly Lock _restLock = new();
    private readonly StandInRestState _rest = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<SchemaViolation> _schemaViolations = [];
    private readonly List<RateLimitViolation> _rateLimitViolations = [];
    private readonly Dictionary<string, Queue<ScriptedAnswer>> _scripted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Limit, TimeSpan Window)> _routeLimits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StandInBucket> _buckets = new(StringComparer.Ordinal);
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> _waiters = [];
    private DateTimeOffset _globalPausedUntil = DateTimeOffset.MinValue;

    /// <summary>Requests per window a route bucket allows unless <see cref="SetRouteLimit"/> says otherwise. Default 50.</summary>
    public int DefaultRouteLimit { get; set; } = 50;

    /// <summary>How long a route bucket's window lasts unless <see cref="SetRouteLimit"/> says otherwise. Default 1 s.</summary>
    public TimeSpan DefaultRouteWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Every REST request received so far, in the order answered.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_restLock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Bodies refused with 400 for breaking the OpenAPI schema or a documented limit. Empty at the end of a good test.</summary>
    public IReadOnlyList<SchemaViolation> SchemaViolations
    {
        get
        {
            lock (_restLock)
            {
                return [.. _schemaViolations];
            }
        }
    }

    /// <summary>Requests sent into an empty bucket or during a global pause. Empty when the client obeys rate limits.</summary>
    public IReadOnlyList<RateLimitViolation> RateLimitViolations
    {
        get
        {
            lock (_restLock)
            {
                return [.. _rateLimitViolations];
            }
        }
    }

    /// <summary>True when bodies are checked against <c>../shared/discord/openapi.json</c>; otherwise only documented limits are.</summary>
    public static bool SchemaCheckAvailable => OpenApiBodyValidator.Instance.IsAvailable;

    /// <summary>Sets the bucket size of a route (one of <see cref="StandInRoutes"/>).</summary>
    public void SetRouteLimit(string route, int limit, TimeSpan window)
    {
        lock (_restLock)
        {
            _routeLimits[route] = (limit, window);
        }
    }

    /// <summary>The next request to <paramref name="route"/> gets a 429 with <c>retry_after</c>; a global one pauses every route.</summary>
    public void ScriptRateLimit(string route, double retryAfterSeconds, bool global = false)
        => Script(route, new ScriptedAnswer(429, retryAfterSeconds, global, null));

    /// <summary>The next <paramref name="times"/> requests to <paramref name="route"/> fail with <paramref name="status"/>.</summary>
    public void ScriptServerError(string route, int status = 502, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            Script(route, new ScriptedAnswer(status, 0, false, $$"""{"message": "{{status}}: Server Error", "code": 0}"""));
        }
    }

    /// <summary>The next request to <paramref name="route"/> gets <paramref name="status"/> with <paramref name="jsonBody"/>.</summary>
    public void ScriptError(string route, int status, string jsonBody) => Script(route, new ScriptedAnswer(status, 0, false, jsonBody));

    /// <summary>
    /// Makes an interaction known: its token then authorizes only its own callback and webhooks, replies land in
    /// <paramref name="channelId"/>, and a type 7 response edits <paramref name="messageId"/> (the component's message).
    /// Interactions not registered are accepted with any token.
    /// </summary>
    public void RegisterInteraction(string interactionId, string token, string channelId, string? messageId = null)
    {
        lock (_restLock)
        {
            var record = _rest.Interaction(interactionId, token);
            record.ChannelId = channelId;
            record.MessageId = messageId;
            record.Registered = true;
        }
    }

    /// <summary>The commands registered for a guild, or the global ones when <paramref name="guildId"/> is null.</summary>
    public JsonArray GetCommands(string? guildId = null)
    {
        lock (_restLock)
        {
            return _rest.Commands.TryGetValue(guildId ?? "global", out var commands) ? (JsonArray)commands.DeepClone() : [];
        }
    }

    /// <summary>A message as users see it now, or null if there is none with that id.</summary>
    public JsonObject? GetMessage(string messageId)
    {
        lock (_restLock)
        {
            return _rest.Messages.TryGetValue(messageId, out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    /// <summary>All messages the bot sent (created, replies, follow-ups, original responses), optionally in one channel.</summary>
    public IReadOnlyList<JsonObject> GetMessages(string? channelId = null)
    {
        lock (_restLock)
        {
            return _rest.Messages.Values
                .Where(m => channelId is null || (string?)m["channel_id"] == channelId)
                .Select(m => (JsonObject)m.DeepClone())
                .ToList();
        }
    }

    /// <summary>The original response of the interaction with this token as users see it now, or null.</summary>
    public JsonObject? GetOriginalResponse(string interactionToken)
    {
        lock (_restLock)
        {
            return _rest.InteractionsByToken.TryGetValue(interactionToken, out var record) && record.OriginalId is { } id
                && _rest.Messages.TryGetValue(id, out var message)
                ? (JsonObject)message.DeepClone()
                : null;
        }
    }

    /// <summary>The callback body the interaction was answered with, or null if it was not answered.</summary>
    public JsonObject? GetInteractionCallback(string interactionId)
    {
        lock (_restLock)
        {
            return _rest.InteractionsById.TryGetValue(interactionId, out var record) ? (JsonObject?)record.Callback?.DeepClone() : null;
        }
    }

    /// <summary>The follow-up messages of an interaction, oldest first.</summary>
    public IReadOnlyList<JsonObject> GetFollowUps(string interactionToken)
    {
        lock (_restLock)
        {
            return _rest.InteractionsByToken.TryGetValue(interactionToken, out var record)
                ? record.FollowUpIds.Select(id => (JsonObject)_rest.Messages[id].DeepClone()).ToList()
                : [];
        }
    }

    /// <summary>Waits for a request (already received or still to come) that <paramref name="match"/> accepts.</summary>
    public async Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        var signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_restLock)
        {
            if (_requests.FirstOrDefault(match) is { } done)
            {
                return done;
            }

            _waiters.Add((match, signal));
        }

        try
        {
            return await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("The awaited request did not come. Requests received:\n" + string.Join("\n", Requests));
        }
    }

    /// <summary>Waits until the original response of the interaction with this token has been edited (PATCH @original).</summary>
    public Task<RecordedRequest> WaitForOriginalEditAsync(string interactionToken, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => WaitForRequestAsync(
            r => r.Route == StandInRoutes.EditOriginal && r.Status == 200 && r.RouteValues.GetValueOrDefault("webhook_token") == interactionToken,
            timeout,
            cancellationToken);

    /// <summary>Waits until the interaction with this id has been answered (callback accepted).</summary>
    public Task<RecordedRequest> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
        => WaitForRequestAsync(
            r => r.Route == StandInRoutes.Callback && r.Status == 204 && r.RouteValues.GetValueOrDefault("interaction_id") == interactionId,
            timeout,
            cancellationToken);

    partial void MapRest(WebApplication app)
    {
        foreach (var route in StandInRoutes.All)
        {
            var space = route.IndexOf(' ', StringComparison.Ordinal);
            RequestDelegate handler = context => HandleRestAsync(context, route);
            app.MapMethods("/api/v10" + route[(space + 1)..], [route[..space]], handler);
        }
    }

    private void Script(string route, ScriptedAnswer answer)
    {
        lock (_restLock)
        {
            if (!_scripted.TryGetValue(route, out var queue))
            {
                _scripted[route] = queue = new Queue<ScriptedAnswer>();
            }

            queue.Enqueue(answer);
        }
    }

    private async Task HandleRestAsync(HttpContext context, string route)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var values = context.Request.RouteValues.ToDictionary(kv => kv.Key, kv => Uri.UnescapeDataString(kv.Value?.ToString() ?? string.Empty), StringComparer.Ordinal);
        var authorized = context.Request.Headers.Authorization.ToString() == "Bot " + Token;
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key,
            h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? (authorized ? "(bot token, accepted)" : "(refused)") : h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var request = new StandInRequest(route, context.Request.Method, values, headers, body, context.Request.ContentType, authorized, receivedAt);

        StandInAnswer answer;
        lock (_restLock)
        {
            try
            {
                answer = Decide(request);
            }
            catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or InvalidCastException or JsonException or FormatException or Json.Schema.JsonSchemaException)
            {
                // A bug in the stand-in must show in the failing test's message, not as a bare 500.
                answer = new StandInAnswer(500, new JsonObject { ["message"] = "stand-in failure: " + exception, ["code"] = 0 }, []);
            }

            var recorded = new RecordedRequest(receivedAt, request.Method, context.Request.Path.Value ?? string.Empty, route, values, headers, body, answer.Status);
            _requests.Add(recorded);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Match(recorded))
                {
                    _waiters[i].Signal.TrySetResult(recorded);
                    _waiters.RemoveAt(i);
                }
            }
        }

        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Decides the answer, in Discord's order: authorization, rate limits, body validation, then the route itself.</summary>
    private StandInAnswer Decide(StandInRequest request)
    {
        if (Unauthorized(request) is { } refused)
        {
            return refused;
        }

        var now = request.ReceivedAt;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (now < _globalPausedUntil)
        {
            _rateLimitViolations.Add(new RateLimitViolation(now, request.Route, "sent during a global rate-limit pause"));
            return TooManyRequests((_globalPausedUntil - now).TotalSeconds, global: true, headers);
        }

        var bucket = Bucket(request);
        if (_scripted.TryGetValue(request.Route, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.Status != 429)
            {
                return new StandInAnswer(scripted.Status, JsonNode.Parse(scripted.Body ?? "{}"), headers);
            }

            if (scripted.Global)
            {
                _globalPausedUntil = now + TimeSpan.FromSeconds(scripted.RetryAfter);
            }
            else
            {
                bucket.ExhaustedUntil = now + TimeSpan.FromSeconds(scripted.RetryAfter);
                AddBucketHeaders(headers, bucket, now);
            }

            return TooManyRequests(scripted.RetryAfter, scripted.Global, headers);
        }

        if (bucket.ExhaustedUntil > now || bucket.Count >= bucket.Limit && now < bucket.WindowStart + bucket.Window)
        {
            var until = bucket.ExhaustedUntil > now ? bucket.ExhaustedUntil : bucket.WindowStart + bucket.Window;
            _rateLimitViolations.Add(new RateLimitViolation(now, request.Route, "sent while its bucket was empty"));
            AddBucketHeaders(headers, bucket, now);
            return TooManyRequests((until - now).TotalSeconds, global: false, headers);
        }

        if (now >= bucket.WindowStart + bucket.Window)
        {
            bucket.WindowStart = now;
            bucket.Count = 0;
        }

        bucket.Count++;
        AddBucketHeaders(headers, bucket, now);

        JsonNode? json = null;
        if (request.Method is "POST" or "PUT" or "PATCH")
        {
            if (Invalid(request, out json) is { } invalid)
            {
                return invalid with { Headers = headers };
            }
        }

        return Handle(request, json, now) with { Headers = headers };
    }

    private StandInAnswer? Unauthorized(StandInRequest request)
    {
        if (!StandInRoutes.IsPathTokenRoute(request.Route))
        {
            return request.Authorized ? null : Error(401, 0, "401: Unauthorized");
        }

        if (request.Route == StandInRoutes.Callback)
        {
            return _rest.InteractionsById.TryGetValue(request.Values["interaction_id"], out var known)
                && known.Registered && known.Token != request.Values["interaction_token"]
                ? Error(401, 50027, "Invalid Webhook Token")
                : null;
        }

        // Webhook routes of an interaction are valid once the interaction exists (registered or answered).
        return _rest.InteractionsByToken.ContainsKey(request.Values["webhook_token"]) ? null : Error(401, 50027, "Invalid Webhook Token");
    }

    private StandInAnswer? Invalid(StandInRequest request, out JsonNode? json)
    {
        json = null;
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Violation(request, [new BodyError("/", "Content-Type must be application/json.")]);
        }

        try
        {
            json = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return Violation(request, [new BodyError("/", "The request body contains invalid JSON.")]);
        }

        if (json is null)
        {
            return Violation(request, [new BodyError("/", "The request body is null.")]);
        }

        var space = request.Route.IndexOf(' ', StringComparison.Ordinal);
        using var document = JsonDocument.Parse(request.Body);
        var errors = OpenApiBodyValidator.Instance.Validate(request.Method, request.Route[(space + 1)..], document.RootElement).ToList();
        errors.AddRange(DocumentedErrors(request.Route, json));
        return errors.Count == 0 ? null : Violation(request, errors);
    }

    private static IEnumerable<BodyError> DocumentedErrors(string route, JsonNode json)
    {
        if (json is not JsonObject body)
        {
            return route is StandInRoutes.GlobalCommands or StandInRoutes.GuildCommands ? [] : [new BodyError("/", "The body must be an object.")];
        }

        return route switch
        {
            StandInRoutes.Callback => (int?)body["type"] is 4 or 5 or 7 && body["data"] is JsonObject data
                ? DocumentedLimits.CheckMessage(data, "/data", mustHaveContent: (int?)body["type"] == 4)
                : [],
            StandInRoutes.CreateMessage or StandInRoutes.FollowUp => DocumentedLimits.CheckMessage(body, string.Empty, mustHaveContent: true),
            StandInRoutes.EditMessage or StandInRoutes.EditOriginal or StandInRoutes.EditFollowUp => DocumentedLimits.CheckMessage(body, string.Empty, mustHaveContent: false),
            _ => [],
        };
    }

    private StandInAnswer Violation(StandInRequest request, IReadOnlyList<BodyError> errors)
    {
        _schemaViolations.Add(new SchemaViolation(request.Route, request.Route, request.Body, errors));
        var nested = new JsonObject();
        foreach (var error in errors)
        {
            var node = nested;
            foreach (var part in error.Location.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
            }

            if (node["_errors"] is not JsonArray list)
            {
                node["_errors"] = list = [];
            }

            list.Add(new JsonObject { ["code"] = "BASE_TYPE_INVALID", ["message"] = error.Message });
        }

        return new StandInAnswer(400, new JsonObject { ["code"] = 50035, ["message"] = "Invalid Form Body", ["errors"] = nested }, []);
    }

    private StandInAnswer Handle(StandInRequest request, JsonNode? json, DateTimeOffset now)
    {
        var values = request.Values;
        switch (request.Route)
        {
            case StandInRoutes.GlobalCommands:
            case StandInRoutes.GuildCommands:
                return Ok(OverwriteCommands(values, (JsonArray?)json ?? [], now));

            case StandInRoutes.Callback:
                return Callback(values, (JsonObject)json!, now);

            case StandInRoutes.GetOriginal:
                return Original(values) is { } original ? Ok(original.DeepClone()) : UnknownMessage();

            case StandInRoutes.EditOriginal:
                if (Original(values) is not { } edited)
                {
                    return UnknownMessage();
                }

                StandInRestState.Apply(edited, (JsonObject)json!);
                edited["flags"] = ((int?)edited["flags"] ?? 0) & ~LoadingFlag;
                return Ok(edited.DeepClone());

            case StandInRoutes.DeleteOriginal:
                var record = _rest.InteractionsByToken[values["webhook_token"]];
                if (record.OriginalId is not { } originalId)
                {
                    return UnknownMessage();
                }

                _rest.Messages.Remove(originalId);
                record.OriginalId = null;
                return new StandInAnswer(204, null, []);

            case StandInRoutes.FollowUp:
                var interaction = _rest.InteractionsByToken[values["webhook_token"]];
                var followUp = _rest.NewMessage((JsonObject)json!, interaction.ChannelId, now, values["webhook_id"], type: 0);
                interaction.FollowUpIds.Add((string)followUp["id"]!);
                return Ok(followUp.DeepClone());

            case StandInRoutes.EditFollowUp:
                var owner = _rest.InteractionsByToken[values["webhook_token"]];
                if (!owner.FollowUpIds.Contains(values["message_id"]))
                {
                    return UnknownMessage();
                }

                var target = _rest.Messages[values["message_id"]];
                StandInRestState.Apply(target, (JsonObject)json!);
                return Ok(target.DeepClone());

            case StandInRoutes.CreateMessage:
                var body = (JsonObject)json!;
                var type = body["message_reference"] is null ? 0 : 19;
                return Ok(_rest.NewMessage(body, values["channel_id"], now, null, type).DeepClone());

            case StandInRoutes.EditMessage:
                if (!_rest.Messages.TryGetValue(values["message_id"], out var message) || (string?)message["channel_id"] != values["channel_id"])
                {
                    return UnknownMessage();
                }

                StandInRestState.Apply(message, (JsonObject)json!);
                return Ok(message.DeepClone());

            default:
                return Error(404, 0, "404: Not Found");
        }
    }

    private JsonArray OverwriteCommands(IReadOnlyDictionary<string, string> values, JsonArray commands, DateTimeOffset now)
    {
        var guildId = values.GetValueOrDefault("guild_id");
        var scope = guildId ?? "global";
        var previous = _rest.Commands.TryGetValue(scope, out var old) ? old : [];
        var registered = new JsonArray();
        foreach (var command in commands.OfType<JsonObject>())
        {
            var copy = (JsonObject)command.DeepClone();
            copy["type"] ??= 1;

            // Discord keeps a command's id when a command of the same name and type is overwritten.
            var same = previous.OfType<JsonObject>().FirstOrDefault(p => (string?)p["name"] == (string?)copy["name"] && (int?)p["type"] == (int?)copy["type"]);
            copy["id"] = (string?)same?["id"] ?? _rest.NextId(now);
            copy["application_id"] = values["application_id"];
            if (guildId is not null)
            {
                copy["guild_id"] = guildId;
            }

            copy["version"] = _rest.NextId(now);
            copy["default_member_permissions"] ??= null;
            copy["description"] ??= string.Empty;
            registered.Add(copy);
        }

        _rest.Commands[scope] = registered;
        return (JsonArray)registered.DeepClone();
    }

    private StandInAnswer Callback(IReadOnlyDictionary<string, string> values, JsonObject body, DateTimeOffset now)
    {
        var record = _rest.Interaction(values["interaction_id"], values["interaction_token"]);
        if (record.Callback is not null)
        {
            return Error(400, 40060, "Interaction has already been acknowledged.");
        }

        record.Callback = (JsonObject)body.DeepClone();
        var data = body["data"] as JsonObject ?? [];
        switch ((int?)body["type"])
        {
            case 4:
                record.OriginalId = (string)_rest.NewMessage(data, record.ChannelId, now, null, type: 20)["id"]!;
                break;
            case 5:
                var loading = _rest.NewMessage(new JsonObject(), record.ChannelId, now, null, type: 20);
                loading["flags"] = LoadingFlag | ((int?)data["flags"] ?? 0);
                record.OriginalId = (string)loading["id"]!;
                break;
            case 7 when record.MessageId is { } id && _rest.Messages.TryGetValue(id, out var message):
                StandInRestState.Apply(message, data);
                break;
        }

        return new StandInAnswer(204, null, []);
    }

    private JsonObject? Original(IReadOnlyDictionary<string, string> values)
        => _rest.InteractionsByToken.TryGetValue(values["webhook_token"], out var record) && record.OriginalId is { } id
            ? _rest.Messages.GetValueOrDefault(id)
            : null;

    private StandInBucket Bucket(StandInRequest request)
    {
        var major = request.Values.GetValueOrDefault(StandInRoutes.MajorParameter(request.Route)) ?? string.Empty;
        var key = request.Route + "|" + major;
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            var (limit, window) = _routeLimits.TryGetValue(request.Route, out var set) ? set : (DefaultRouteLimit, DefaultRouteWindow);
            bucket = new StandInBucket
            {
                Hash = "standin-" + StandInRoutes.All.ToList().IndexOf(request.Route).ToString(CultureInfo.InvariantCulture),
                Limit = limit,
                Window = window,
                WindowStart = request.ReceivedAt,
            };
            _buckets[key] = bucket;
        }

        return bucket;
    }

    private static void AddBucketHeaders(Dictionary<string, string> headers, StandInBucket bucket, DateTimeOffset now)
    {
        var exhausted = bucket.ExhaustedUntil > now;
        var resetAt = exhausted ? bucket.ExhaustedUntil : bucket.WindowStart + bucket.Window;
        var resetAfter = Math.Max(0, (resetAt - now).TotalSeconds);
        headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (exhausted ? 0 : Math.Max(0, bucket.Limit - bucket.Count)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = bucket.Hash;
    }

    private static StandInAnswer TooManyRequests(double retryAfter, bool global, Dictionary<string, string> headers)
    {
        headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = global ? "global" : "user";
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }

        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = Math.Round(retryAfter, 3),
            ["global"] = global,
        };
        if (global)
        {
            body["code"] = 0;
        }

        return new StandInAnswer(429, body, headers);
    }

    private static StandInAnswer Ok(JsonNode body) => new(200, body, []);

    private static StandInAnswer UnknownMessage() => Error(404, 10008, "Unknown Message");

    private static StandInAnswer Error(int status, int code, string message)
        => new(status, new JsonObject { ["message"] = message, ["code"] = code }, []);

    private sealed record ScriptedAnswer(int Status, double RetryAfter, bool Global, string? Body);

    private sealed record StandInRequest(
        string Route,
        string Method,
        IReadOnlyDictionary<string, string> Values,
        IReadOnlyDictionary<string, string> Headers,
        string Body,
        string? ContentType,
        bool Authorized,
        DateTimeOffset ReceivedAt);

    private sealed record StandInAnswer(int Status, JsonNode? Body, Dictionary<string, string> Headers);

    private sealed class StandInBucket
    {
        public required string Hash { get; init; }
        public required int Limit { get; init; }
        public required TimeSpan Window { get; init; }
        public DateTimeOffset WindowStart { get; set; }
        public int Count { get; set; }
        public DateTimeOffset ExhaustedUntil { get; set; }
    }
}
