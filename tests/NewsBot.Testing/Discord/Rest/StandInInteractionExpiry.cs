using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// How long an interaction can be answered, counted from its creation (the timestamp in its snowflake id) on the
/// stand-in's clock. Discord's docs (Receiving and Responding, "Responding to an Interaction"): the initial response
/// must come within 3 seconds, after which the callback is refused as 10062 Unknown interaction; the token works for
/// follow-ups and edits for 15 minutes, after which Discord answers 50027 Invalid Webhook Token.
/// </summary>
internal static class StandInInteractionExpiry
{
    public static readonly TimeSpan CallbackWindow = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    private const long DiscordEpochMilliseconds = 1420070400000;

    /// <summary>The refusal of a request that comes too late for its interaction, or null when it is in time.</summary>
    public static StandInAnswer? Check(StandInRequest request, StandInRestState state, DateTimeOffset now)
    {
        if (request.Route == StandInRoutes.Callback)
        {
            return now - CreatedAt(request.Values["interaction_id"]) > CallbackWindow ? Refusal(404, 10062, "Unknown interaction") : null;
        }

        return StandInRoutes.IsPathTokenRoute(request.Route)
            && state.InteractionsByToken.TryGetValue(request.Values["webhook_token"], out var record)
            && now - CreatedAt(record.Id) > TokenLifetime
            ? Refusal(401, 50027, "Invalid Webhook Token")
            : null;
    }

    private static DateTimeOffset CreatedAt(string id)
        => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var snowflake)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMilliseconds)
            : DateTimeOffset.MaxValue;

    private static StandInAnswer Refusal(int status, int code, string message)
        => new(status, new JsonObject { ["message"] = message, ["code"] = code }, []);
}
