using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>
/// A received message (MESSAGE_CREATE, or a REST response), with the fields a bot uses. Lists and strings read back
/// empty, never null, when Discord leaves them out: the source-generated serializer sets absent init-only members to null.
/// </summary>
public sealed record Message
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
    [JsonPropertyName("channel_id")] public required Snowflake ChannelId { get; init; }
    /// <summary>Absent for direct messages.</summary>
    [JsonPropertyName("guild_id")] public Snowflake? GuildId { get; init; }
    [JsonPropertyName("author")] public User? Author { get; init; }
    [JsonPropertyName("member")] public GuildMember? Member { get; init; }
    /// <summary>Empty unless the bot has the MESSAGE_CONTENT intent or is mentioned.</summary>
    [JsonPropertyName("content")] public string Content { get => field ?? string.Empty; init; } = string.Empty;
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; init; }
    [JsonPropertyName("mentions")] public IReadOnlyList<User> Mentions { get => field ?? []; init; } = [];
    /// <summary>Ids of the roles mentioned in the message (a mention of the bot's managed role addresses the bot too).</summary>
    [JsonPropertyName("mention_roles")] public IReadOnlyList<Snowflake> MentionRoles { get => field ?? []; init; } = [];
    [JsonPropertyName("mention_everyone")] public bool MentionEveryone { get; init; }
    [JsonPropertyName("type")] public int Type { get; init; }
    /// <summary>Set for messages sent by webhooks; a bot ignores them like bot messages.</summary>
    [JsonPropertyName("webhook_id")] public Snowflake? WebhookId { get; init; }
    [JsonPropertyName("flags")] public int? Flags { get; init; }
}
