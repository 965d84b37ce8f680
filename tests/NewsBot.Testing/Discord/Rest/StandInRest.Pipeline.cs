using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>REST pipeline of the stand-in: authorization, rate limits, body validation, in Discord's order.</summary>
internal sealed partial class StandInRest
{
    private async Task HandleRestAsync(HttpContext context, string route)
    {
        var receivedAt = _clock.GetUtcNow();
        string body;
        using (var reader = new StreamReader(context.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }

        var values = context.Request.RouteValues.ToDictionary(kv => kv.Key, kv => Uri.UnescapeDataString(kv.Value?.ToString() ?? string.Empty), StringComparer.Ordinal);
        var authorized = context.Request.Headers.Authorization.ToString() == "Bot " + _token;
        var headers = context.Request.Headers.ToDictionary(
            h => h.Key,
            h => h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase) ? (authorized ? "(bot token, accepted)" : "(refused)") : h.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        var request = new StandInRequest(route, context.Request.Method, context.Request.Path.Value ?? string.Empty, values, headers, body, context.Request.ContentType, authorized, receivedAt);

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

            _invalidRequests.Record(answer.Status, answer.Headers, receivedAt);
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
        if (_invalidRequests.Banned)
        {
            // Cloudflare's answer, not Discord's: no JSON body, no rate-limit headers.
            return new StandInAnswer(429, null, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Retry-After"] = "3600" });
        }

        if (Unauthorized(request) is { } refused)
        {
            return refused;
        }

        if (StandInInteractionExpiry.Check(request, _rest, request.ReceivedAt) is { } late)
        {
            return late;
        }

        var now = request.ReceivedAt;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Interaction callbacks and interaction webhooks are not bound by the global limit (PROTOCOL.md, rate limits).
        if (now < _globalPausedUntil && !StandInRoutes.IsPathTokenRoute(request.Route))
        {
            _rateLimitViolations.Add(new RateLimitViolation(now, request.Route, "sent during a global rate-limit pause"));
            return StandInRateLimitAnswers.TooManyRequests((_globalPausedUntil - now).TotalSeconds, global: true, headers);
        }

        var bucket = Bucket(request);
        ScriptedAnswer? lostAnswer = null;
        if (_scripted.TryGetValue(request.Route, out var queue) && queue.TryPeek(out var next) && next.AfterProcessing)
        {
            lostAnswer = queue.Dequeue();
        }
        else if (queue is not null && queue.TryDequeue(out var scripted))
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
                StandInRateLimitAnswers.AddBucketHeaders(headers, bucket, now);
            }

            return StandInRateLimitAnswers.TooManyRequests(scripted.RetryAfter, scripted.Global, headers);
        }

        if (bucket.ExhaustedUntil > now || bucket.Count >= bucket.Limit && now < bucket.WindowStart + bucket.Window)
        {
            var until = bucket.ExhaustedUntil > now ? bucket.ExhaustedUntil : bucket.WindowStart + bucket.Window;
            _rateLimitViolations.Add(new RateLimitViolation(now, request.Route, "sent while its bucket was empty"));
            StandInRateLimitAnswers.AddBucketHeaders(headers, bucket, now);
            return StandInRateLimitAnswers.TooManyRequests((until - now).TotalSeconds, global: false, headers);
        }

        if (now >= bucket.WindowStart + bucket.Window)
        {
            bucket.WindowStart = now;
            bucket.Count = 0;
        }

        bucket.Count++;
        StandInRateLimitAnswers.AddBucketHeaders(headers, bucket, now);

        JsonNode? json = null;
        if (request.Method is "POST" or "PUT" or "PATCH")
        {
            if (Invalid(request, out json) is { } invalid)
            {
                return invalid with { Headers = headers };
            }
        }

        var handled = Handle(request, json, now);
        return lostAnswer is null
            ? handled with { Headers = headers }
            : new StandInAnswer(lostAnswer.Status, JsonNode.Parse(lostAnswer.Body ?? "{}"), headers);
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
        if (route is StandInRoutes.GlobalCommands or StandInRoutes.GuildCommands)
        {
            return json is JsonArray ? [] : [new BodyError("/", "The body must be an array of commands.")];
        }

        if (json is not JsonObject body)
        {
            return [new BodyError("/", "The body must be an object.")];
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
        _schemaViolations.Add(new SchemaViolation(request.Route, request.Path, request.Body, errors));
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
}
