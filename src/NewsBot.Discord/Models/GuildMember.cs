using System.Text.Json.Serialization;

namespace NewsBot.Discord.Models;

/// <summary>A user's membership in a guild, as sent with interactions and messages.</summary>
public sealed record GuildMember
{
    /// <summary>Absent on the partial member of MESSAGE_CREATE.</summary>
    [JsonPropertyName("user")] public User? User { get; init; }
    [JsonPropertyName("roles")] public IReadOnlyList<Snowflake> Roles { get => field ?? []; init; } = [];
    [JsonPropertyName("nick")] public string? Nick { get; init; }
    /// <summary>Total permissions of the member in the channel (a bit set as a decimal string); sent with interactions.</summary>
    [JsonPropertyName("permissions")] public string? Permissions { get; init; }
}
