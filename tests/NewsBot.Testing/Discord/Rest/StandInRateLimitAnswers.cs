using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>The stand-in's rate-limit answers: <c>X-RateLimit-*</c> headers of a bucket and the 429 body, as Discord sends them.</summary>
internal static class StandInRateLimitAnswers
{
    public static void AddBucketHeaders(Dictionary<string, string> headers, StandInBucket bucket, DateTimeOffset now)
    {
        var exhausted = bucket.ExhaustedUntil > now;
        var resetAt = exhausted ? bucket.ExhaustedUntil : bucket.WindowStart + bucket.Window;
        // Rounded up to the millisecond: a client that waits exactly this long must never arrive early.
        var resetAfter = Math.Ceiling(Math.Max(0, (resetAt - now).TotalSeconds) * 1000) / 1000;
        headers["X-RateLimit-Limit"] = bucket.Limit.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (exhausted ? 0 : Math.Max(0, bucket.Limit - bucket.Count)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (resetAt.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = resetAfter.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Bucket"] = bucket.Hash;
    }

    public static StandInAnswer TooManyRequests(double retryAfter, bool global, Dictionary<string, string> headers)
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
            ["retry_after"] = Math.Ceiling(retryAfter * 1000) / 1000,
            ["global"] = global,
        };
        if (global)
        {
            body["code"] = 0;
        }

        return new StandInAnswer(429, body, headers);
    }
}

internal sealed record ScriptedAnswer(int Status, double RetryAfter, bool Global, string? Body, bool AfterProcessing = false);

internal sealed record StandInRequest(
    string Route,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string? ContentType,
    bool Authorized,
    DateTimeOffset ReceivedAt);

internal sealed record StandInAnswer(int Status, JsonNode? Body, Dictionary<string, string> Headers);

internal sealed class StandInBucket
{
    public required string Hash { get; init; }
    public required int Limit { get; init; }
    public required TimeSpan Window { get; init; }
    public DateTimeOffset WindowStart { get; set; }
    public int Count { get; set; }
    public DateTimeOffset ExhaustedUntil { get; set; }
}
