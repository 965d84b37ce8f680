using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>A guild role (gateway docs, Permissions: "Role Object"), with what a bot needs to tell its own managed role apart.</summary>
public sealed record Role
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
    [JsonPropertyName("name")] public string Name { get => field ?? string.Empty; init; } = string.Empty;
    /// <summary>The permission bit set, as Discord sends it: a decimal number in a string.</summary>
    [JsonPropertyName("permissions")] public string Permissions { get => field ?? "0"; init; } = "0";
    [JsonPropertyName("position")] public int Position { get; init; }
    /// <summary>True for roles an integration manages, such as the role Discord gives a bot when it joins.</summary>
    [JsonPropertyName("managed")] public bool Managed { get; init; }
    [JsonPropertyName("tags")] public RoleTags? Tags { get; init; }
}

/// <summary>What a role belongs to; <see cref="BotId"/> is set on a bot's managed role.</summary>
public sealed record RoleTags
{
    [JsonPropertyName("bot_id")] public Snowflake? BotId { get; init; }
}
