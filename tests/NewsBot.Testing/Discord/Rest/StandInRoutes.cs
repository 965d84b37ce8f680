namespace NewsBot.Testing.Discord.Rest;

/// <summary>Names of the REST routes the stand-in serves (method and path template), for scripting and filtering the log.</summary>
public static class StandInRoutes
{
    public const string GlobalCommands = "PUT /applications/{application_id}/commands";
    public const string GuildCommands = "PUT /applications/{application_id}/guilds/{guild_id}/commands";
    public const string Callback = "POST /interactions/{interaction_id}/{interaction_token}/callback";
    public const string GetOriginal = "GET /webhooks/{webhook_id}/{webhook_token}/messages/@original";
    public const string EditOriginal = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original";
    public const string DeleteOriginal = "DELETE /webhooks/{webhook_id}/{webhook_token}/messages/@original";
    public const string FollowUp = "POST /webhooks/{webhook_id}/{webhook_token}";
    public const string EditFollowUp = "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}";
    public const string CreateMessage = "POST /channels/{channel_id}/messages";
    public const string EditMessage = "PATCH /channels/{channel_id}/messages/{message_id}";

    /// <summary>Every route above.</summary>
    public static IReadOnlyList<string> All { get; } =
        [GlobalCommands, GuildCommands, Callback, GetOriginal, EditOriginal, DeleteOriginal, FollowUp, EditFollowUp, CreateMessage, EditMessage];

    /// <summary>Routes authorized by the token in their path rather than the bot token.</summary>
    public static bool IsPathTokenRoute(string route) => route.Contains("{webhook_token}", StringComparison.Ordinal) || route == Callback;

    /// <summary>The top-level parameter Discord keys rate limits on besides the bucket.</summary>
    public static string MajorParameter(string route)
        => route.Contains("{channel_id}", StringComparison.Ordinal) ? "channel_id"
            : route.Contains("{guild_id}", StringComparison.Ordinal) ? "guild_id"
            : route.Contains("{webhook_token}", StringComparison.Ordinal) ? "webhook_token"
            : route.Contains("{interaction_token}", StringComparison.Ordinal) ? "interaction_token"
            : "application_id";
}
