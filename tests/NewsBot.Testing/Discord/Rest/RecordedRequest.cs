using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// One REST request the stand-in received, with its answer. The Authorization header's value is replaced by
/// whether it was right, so a log dump never shows the bot token.
/// </summary>
public sealed record RecordedRequest(
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string Route,
    IReadOnlyDictionary<string, string> RouteValues,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int Status)
{
    /// <summary>The body parsed as JSON, or null when empty or not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            try
            {
                return Body.Length == 0 ? null : JsonNode.Parse(Body);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>One line for a test's output: time, method, path, status and body.</summary>
    public override string ToString()
        => $"{ReceivedAt:HH:mm:ss.fff} {Method} {Path} -> {Status} {Body}";
}

/// <summary>A request body the stand-in refused with 400 because it breaks the OpenAPI schema or a documented limit.</summary>
public sealed record SchemaViolation(string Route, string Path, string Body, IReadOnlyList<BodyError> Errors)
{
    public override string ToString()
        => $"{Route}: " + string.Join("; ", Errors.Select(e => $"{e.Location}: {e.Message}"));
}

/// <summary>A request sent while its bucket was empty or the bot was globally paused: the client broke a rate limit.</summary>
public sealed record RateLimitViolation(DateTimeOffset At, string Route, string Reason);
