namespace NewsBot.Discord.Rest;

/// <summary>
/// One request's route: the template (safe to log: no ids, no tokens), the real relative path, and the top-level
/// resource that Discord keys rate limits on besides the bucket.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorKey, RouteAuth Auth)
{
    /// <summary>Carries the route on its <see cref="HttpRequestMessage"/> to the rate-limit handler and the retry policy.</summary>
    public static readonly HttpRequestOptionsKey<RestRoute> OptionKey = new("NewsBot.Discord.RestRoute");

    /// <summary>When an answer is no use any more (an interaction callback: 3 s after the interaction); no retry may end later.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>Sending it twice leaves the same result as once (RFC 9110 §9.2.2), so a failed attempt may be repeated.</summary>
    public bool IsIdempotent => Method != HttpMethod.Post;

    /// <summary>Method and template, e.g. <c>POST /channels/{channel_id}/messages</c>: the key until Discord names the bucket.</summary>
    public string Name => $"{Method.Method} {Template}";

    /// <summary>The route a request carries, put there by <see cref="DiscordRestClient"/>.</summary>
    public static RestRoute Of(HttpRequestMessage request)
        => request.Options.TryGetValue(OptionKey, out var route) ? route : throw new InvalidOperationException("A Discord REST request was sent without its route.");

    /// <summary>Interaction callbacks and interaction webhooks do not count against the global limit.</summary>
    public bool CountsTowardGlobalLimit => Auth == RouteAuth.BotToken;
}

/// <summary>What authorizes a route: the bot token, or a token in the path (interaction and webhook routes).</summary>
internal enum RouteAuth
{
    BotToken,
    PathToken,
}
