using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// The stand-in's REST half: the routes a bot uses, with Discord-like answers, <c>X-RateLimit-*</c> headers per bucket, scripted
/// 429s and 5xx, 401 on a wrong bot token, request bodies checked against Discord's OpenAPI schema and documented
/// limits, a log of every request, the resulting state (commands, messages, interaction responses) and signals to
/// await.
/// </summary>
internal sealed partial class StandInRest
{
    private const int LoadingFlag = 128;

    private readonly string _token;
    private readonly TimeProvider _clock;
    private readonly Lock _restLock = new();
    private readonly StandInRestState _rest = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<SchemaViolation> _schemaViolations = [];
    private readonly List<RateLimitViolation> _rateLimitViolations = [];
    private readonly Dictionary<string, Queue<ScriptedAnswer>> _scripted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Limit, TimeSpan Window)> _routeLimits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StandInBucket> _buckets = new(StringComparer.Ordinal);
    private readonly StandInInvalidRequests _invalidRequests = new();
    private readonly HashSet<string> _deniedChannels = new(StringComparer.Ordinal);
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> _waiters = [];
    private DateTimeOffset _globalPausedUntil = DateTimeOffset.MinValue;

    public StandInRest(string token, TimeProvider clock)
    {
        _token = token;
        _clock = clock;
    }

    /// <summary>Requests per window a route bucket allows unless <see cref="SetRouteLimit"/> says otherwise. Default 50.</summary>
    public int DefaultRouteLimit { get; set; } = 50;

    /// <summary>How long a route bucket's window lasts unless <see cref="SetRouteLimit"/> says otherwise. Default 1 s.</summary>
    public TimeSpan DefaultRouteWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Invalid answers (401, 403, 429) allowed in 10 minutes before Cloudflare bans the client. Default 10,000, as on Discord.</summary>
    public int InvalidRequestLimit
    {
        get { lock (_restLock) { return _invalidRequests.Limit; } }
        set { lock (_restLock) { _invalidRequests.Limit = value; } }
    }

    /// <summary>True once the client passed <see cref="InvalidRequestLimit"/>: every request since was refused, as by Cloudflare.</summary>
    public bool CloudflareBanned
    {
        get { lock (_restLock) { return _invalidRequests.Banned; } }
    }

    /// <summary>The bot may not post or edit in this channel: such requests are answered 403 Missing Permissions (50013).</summary>
    public void DenyChannel(string channelId)
    {
        lock (_restLock)
        {
            _deniedChannels.Add(channelId);
        }
    }

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

    /// <summary>
    /// The next request to <paramref name="route"/> is carried out (a message is posted, a callback acknowledged)
    /// but answered with <paramref name="status"/>, as when Discord's origin did the work and the answer was lost on
    /// the way back: a client that sends it again does it twice.
    /// </summary>
    public void ScriptServerErrorAfterProcessing(string route, int status = 500)
        => Script(route, new ScriptedAnswer(status, 0, false, $$"""{"message": "{{status}}: Server Error", "code": 0}""", AfterProcessing: true));

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

    /// <summary>Maps every route of <see cref="StandInRoutes"/> below <c>/api/v10</c>.</summary>
    public void Map(WebApplication app)
    {
        // Parsing the 1.2 MB spec and building the body schemas takes a moment: start it while the test sets up.
        _ = Task.Run(() => OpenApiBodyValidator.Instance.Warm(StandInRoutes.All));

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
}
