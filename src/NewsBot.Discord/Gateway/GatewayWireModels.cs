using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>A received gateway frame: <c>{op, d, s, t}</c>. <c>d</c> stays raw until the opcode says what it is.</summary>
internal sealed record GatewayPayload
{
    [JsonPropertyName("op")] public int Op { get; init; }
    [JsonPropertyName("d")] public JsonElement D { get; init; }
    [JsonPropertyName("s")] public int? S { get; init; }
    [JsonPropertyName("t")] public string? T { get; init; }
}

internal sealed record HelloData
{
    [JsonPropertyName("heartbeat_interval")] public int HeartbeatInterval { get; init; }
}

internal sealed record IdentifyData
{
    [JsonPropertyName("token")] public required string Token { get; init; }
    [JsonPropertyName("intents")] public int Intents { get; init; }
    [JsonPropertyName("properties")] public required IdentifyProperties Properties { get; init; }
    [JsonPropertyName("shard")] public required int[] Shard { get; init; }
}

internal sealed record IdentifyProperties
{
    [JsonPropertyName("os")] public required string Os { get; init; }
    [JsonPropertyName("browser")] public required string Browser { get; init; }
    [JsonPropertyName("device")] public required string Device { get; init; }
}

internal sealed record ResumeData
{
    [JsonPropertyName("token")] public required string Token { get; init; }
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("seq")] public int? Seq { get; init; }
}

internal sealed record PresenceData
{
    [JsonPropertyName("since")] public long? Since { get; init; }
    [JsonPropertyName("activities")] public IReadOnlyList<PresenceActivity> Activities { get; init; } = [];
    [JsonPropertyName("status")] public required string Status { get; init; }
    [JsonPropertyName("afk")] public bool Afk { get; init; }
}

internal sealed record PresenceActivity
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    /// <summary>4 = custom status, whose text is <c>state</c>.</summary>
    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("state")] public string? State { get; init; }
}

internal sealed record ReadyData
{
    [JsonPropertyName("session_id")] public required string SessionId { get; init; }
    [JsonPropertyName("resume_gateway_url")] public required string ResumeGatewayUrl { get; init; }
    [JsonPropertyName("user")] public required User User { get; init; }
    [JsonPropertyName("application")] public required ReadyApplication Application { get; init; }
    /// <summary>Null when absent: the source generator does not keep initializers on records with required members.</summary>
    [JsonPropertyName("guilds")] public IReadOnlyList<UnavailableGuild>? Guilds { get; init; }
}

internal sealed record ReadyApplication
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
}

internal sealed record UnavailableGuild
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
}

internal sealed record GuildCreateData
{
    [JsonPropertyName("id")] public required Snowflake Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("roles")] public IReadOnlyList<Role>? Roles { get; init; }
}

/// <summary>The data of GUILD_ROLE_CREATE and GUILD_ROLE_UPDATE.</summary>
internal sealed record GuildRoleData
{
    [JsonPropertyName("guild_id")] public required Snowflake GuildId { get; init; }
    [JsonPropertyName("role")] public required Role Role { get; init; }
}

/// <summary>The data of GUILD_ROLE_DELETE.</summary>
internal sealed record GuildRoleDeleteData
{
    [JsonPropertyName("guild_id")] public required Snowflake GuildId { get; init; }
    [JsonPropertyName("role_id")] public required Snowflake RoleId { get; init; }
}

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotInfo
{
    [JsonPropertyName("url")] public required string Url { get; init; }
    [JsonPropertyName("shards")] public int Shards { get; init; } = 1;
    [JsonPropertyName("session_start_limit")] public required SessionStartLimit SessionStartLimit { get; init; }
}

internal sealed record SessionStartLimit
{
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("remaining")] public int Remaining { get; init; }
    /// <summary>Milliseconds until <see cref="Remaining"/> is reset to <see cref="Total"/>.</summary>
    [JsonPropertyName("reset_after")] public long ResetAfter { get; init; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; init; } = 1;
}
