using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>A Discord user, as far as a bot needs one.</summary>
public sealed record User
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
    [JsonPropertyName("username")] public string Username { get => field ?? string.Empty; init; } = string.Empty;
    [JsonPropertyName("global_name")] public string? GlobalName { get; init; }
    /// <summary>True for bot accounts; a bot never answers messages from bots.</summary>
    [JsonPropertyName("bot")] public bool Bot { get; init; }
}
