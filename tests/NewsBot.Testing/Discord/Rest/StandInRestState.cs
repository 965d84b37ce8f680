using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Rest;

/// <summary>
/// What users of the stand-in's Discord would see: registered commands per scope, messages by id, and each
/// interaction's callback, original response and follow-ups. Not thread-safe: <c>DiscordStandIn</c> locks around it.
/// </summary>
internal sealed class StandInRestState
{
    /// <summary>The application's bot user, author of every message the bot sends.</summary>
    public const string BotUserId = "1100000000000000001";

    private const long DiscordEpochMilliseconds = 1420070400000;

    private long _sequence;

    public Dictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, JsonObject> Messages { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, InteractionRecord> InteractionsById { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, InteractionRecord> InteractionsByToken { get; } = new(StringComparer.Ordinal);

    /// <summary>A new snowflake whose timestamp is <paramref name="now"/>.</summary>
    public string NextId(DateTimeOffset now)
        => ((((ulong)(now.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds)) << 22) | (ulong)(++_sequence & 0x3FFFFF))
            .ToString(CultureInfo.InvariantCulture);

    public InteractionRecord Interaction(string id, string token)
    {
        if (!InteractionsById.TryGetValue(id, out var record))
        {
            record = new InteractionRecord(id, token);
            InteractionsById[id] = record;
            InteractionsByToken[token] = record;
        }

        return record;
    }

    /// <summary>A message as Discord returns it, built from a sent message body.</summary>
    public JsonObject NewMessage(JsonObject body, string channelId, DateTimeOffset now, string? webhookId, int type)
    {
        var message = new JsonObject
        {
            ["id"] = NextId(now),
            ["type"] = type,
            ["channel_id"] = channelId,
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "NewsBot", ["bot"] = true },
            ["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["content"] = string.Empty,
            ["embeds"] = new JsonArray(),
            ["components"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["flags"] = 0,
        };
        if (webhookId is not null)
        {
            message["webhook_id"] = webhookId;
        }

        if (body["message_reference"] is JsonObject reference)
        {
            message["message_reference"] = reference.DeepClone();
        }

        Apply(message, body);
        Messages[(string)message["id"]!] = message;
        return message;
    }

    /// <summary>Applies an edit (or a create's fields) to a message: only the fields present change.</summary>
    public static void Apply(JsonObject message, JsonObject body)
    {
        foreach (var field in new[] { "content", "embeds", "components", "flags", "allowed_mentions" })
        {
            if (body.ContainsKey(field))
            {
                message[field] = body[field]?.DeepClone() ?? (field == "content" ? string.Empty : field == "flags" ? 0 : new JsonArray());
            }
        }
    }
}

/// <summary>One interaction as the stand-in knows it.</summary>
internal sealed class InteractionRecord(string id, string token)
{
    public string Id { get; } = id;
    public string Token { get; } = token;
    public string ChannelId { get; set; } = "0";
    /// <summary>For component interactions: the message the clicked component is on.</summary>
    public string? MessageId { get; set; }
    public bool Registered { get; set; }
    public JsonObject? Callback { get; set; }
    /// <summary>Id of the original response message in <see cref="StandInRestState.Messages"/>.</summary>
    public string? OriginalId { get; set; }
    public List<string> FollowUpIds { get; } = [];
}
