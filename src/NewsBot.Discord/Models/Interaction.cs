using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>A received interaction (INTERACTION_CREATE): a slash command, a button click, an autocomplete request.</summary>
public sealed record Interaction
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
    [JsonPropertyName("application_id")] public required Snowflake ApplicationId { get; init; }
    [JsonPropertyName("type")] public required InteractionType Type { get; init; }
    [JsonPropertyName("data")] public InteractionData? Data { get; init; }
    [JsonPropertyName("guild_id")] public Snowflake? GuildId { get; init; }
    [JsonPropertyName("channel_id")] public Snowflake? ChannelId { get; init; }
    /// <summary>The invoking member, in guilds (includes the user and the member's permissions).</summary>
    [JsonPropertyName("member")] public GuildMember? Member { get; init; }
    /// <summary>The invoking user, in direct messages.</summary>
    [JsonPropertyName("user")] public User? User { get; init; }
    /// <summary>Authorizes the callback and follow-ups for 15 minutes. A secret: never logged.</summary>
    [JsonPropertyName("token")] public required string Token { get; init; }
    /// <summary>For component interactions: the message the component is on.</summary>
    [JsonPropertyName("message")] public Message? Message { get; init; }
    [JsonPropertyName("locale")] public string? Locale { get; init; }

    /// <summary>The user who triggered the interaction, wherever it happened.</summary>
    [JsonIgnore] public User? Invoker => Member?.User ?? User;
}
