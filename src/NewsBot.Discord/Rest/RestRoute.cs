namespace NewsBot.Discord.Rest;

/// <summary>
/// One request's route: the template (safe to log: no ids, no tokens), the real relative path, and the top-level
/// resource that Discord keys rate limits on besides the bucket.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorKey, RouteAuth Auth)
{
    /// <summary>Method and template, e.g. <c>POST /channels/{channel_id}/messages</c>: the key until Discord names the bucket.</summary>
    public string Name => $"{Method.Method} {Template}";

    /// <summary>Interaction callbacks and interaction webhooks do not count against the global limit.</summary>
    public bool CountsTowardGlobalLimit => Auth == RouteAuth.BotToken;
}

/// <summary>What authorizes a route: the bot token, or a token in the path (interaction and webhook routes).</summary>
internal enum RouteAuth
{
    BotToken,
    PathToken,
}
