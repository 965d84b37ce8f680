using System.Text.Json;
using NewsBot.Discord.Models;

namespace NewsBot.Discord.Gateway;

/// <summary>Any dispatch (op 0) as received: the event name, its sequence number and the raw <c>d</c>.</summary>
public sealed record GatewayDispatch(int ShardId, string EventName, int Sequence, JsonElement Data);

/// <summary>READY: a new session started on a shard.</summary>
public sealed record ReadyEvent(int ShardId, string SessionId, Uri ResumeGatewayUrl, User User, Snowflake ApplicationId, IReadOnlyList<Snowflake> GuildIds);

/// <summary>RESUMED: a shard's session resumed; the missed events were replayed before it.</summary>
public sealed record ResumedEvent(int ShardId);

/// <summary>GUILD_CREATE: a guild became available to the bot (after READY, or on joining).</summary>
public sealed record GuildCreateEvent(int ShardId, Snowflake GuildId, string Name)
{
    /// <summary>The guild's roles, the bot's own managed role (<c>tags.bot_id</c>) among them.</summary>
    public IReadOnlyList<Role> Roles { get; init; } = [];
}

/// <summary>GUILD_ROLE_CREATE or GUILD_ROLE_UPDATE: a role was added to a guild, or changed.</summary>
public sealed record GuildRoleEvent(int ShardId, Snowflake GuildId, Role Role);

/// <summary>GUILD_ROLE_DELETE: a role was removed from a guild.</summary>
public sealed record GuildRoleDeleteEvent(int ShardId, Snowflake GuildId, Snowflake RoleId);

/// <summary>INTERACTION_CREATE: a slash command, component click or autocomplete request.</summary>
public sealed record InteractionCreateEvent(int ShardId, Interaction Interaction);

/// <summary>MESSAGE_CREATE: a message the bot can see (content only where the intents allow it).</summary>
public sealed record MessageCreateEvent(int ShardId, Message Message);
