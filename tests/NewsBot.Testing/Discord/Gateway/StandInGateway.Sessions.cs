using System.Globalization;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>The session side of the stand-in's gateway: Identify checked and answered with READY, Resume with a replay.</summary>
public sealed partial class StandInGateway
{
    private async Task IdentifyAsync(StandInGatewayConnection connection, JsonNode? data)
    {
        if (connection.Session is not null)
        {
            await CloseConnectionAsync(connection, 4005, "Already authenticated").ConfigureAwait(false);
            return;
        }

        if (data?["token"]?.GetValue<string>() != _token)
        {
            await CloseConnectionAsync(connection, 4004, "Authentication failed").ConfigureAwait(false);
            return;
        }

        var intents = data["intents"]?.GetValue<int>() ?? -1;
        if (intents < 0 || (intents & ~KnownIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4013, "Invalid intent(s)").ConfigureAwait(false);
            return;
        }

        if ((intents & PrivilegedIntents & ~AllowedPrivilegedIntents) != 0)
        {
            await CloseConnectionAsync(connection, 4014, "Disallowed intent(s)").ConfigureAwait(false);
            return;
        }

        var shard = data["shard"]?.AsArray();
        var shardId = shard?[0]?.GetValue<int>() ?? 0;
        var shardCount = shard?[1]?.GetValue<int>() ?? 1;
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            await CloseConnectionAsync(connection, 4010, "Invalid shard").ConfigureAwait(false);
            return;
        }

        if (RequiredShardCount is int required && shardCount < required)
        {
            await CloseConnectionAsync(connection, 4011, "Sharding required").ConfigureAwait(false);
            return;
        }

        var session = new StandInSession(Guid.NewGuid().ToString("N"), shardId, shardCount, intents);
        lock (_gate)
        {
            SessionStartsRemaining--;
            _sessions[session.Id] = session;
        }

        await session.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            connection.Session = session;
            session.Connection = connection;
            var guilds = Guilds.Where(g => (int)((g.Id >> 22) % (ulong)shardCount) == shardId).ToList();
            var ready = StandInPayloads.Ready(BotUserId, ApplicationId, guilds.Select(g => g.Id), session.Id, ResumeGatewayUrl, shardId, shardCount);
            await TrySendAsync(connection, session.Append("READY", ready.ToJsonString()).Frame).ConfigureAwait(false);
            foreach (var guild in guilds)
            {
                var json = StandInPayloads.GuildCreate(guild, BotUserId, ApplicationId).ToJsonString();
                await TrySendAsync(connection, session.Append("GUILD_CREATE", json).Frame).ConfigureAwait(false);
            }
        }
        finally
        {
            session.Gate.Release();
        }

        Pulse();
    }

    private async Task ResumeAsync(StandInGatewayConnection connection, JsonNode? data)
    {
        if (data?["token"]?.GetValue<string>() != _token)
        {
            await CloseConnectionAsync(connection, 4004, "Authentication failed").ConfigureAwait(false);
            return;
        }

        StandInSession? session;
        lock (_gate)
        {
            _sessions.TryGetValue(data["session_id"]?.GetValue<string>() ?? string.Empty, out session);
        }

        if (session is null)
        {
            await TrySendAsync(connection, """{"op":9,"d":false}""").ConfigureAwait(false);
            return;
        }

        if (RefuseResumesWithCode is int refusal)
        {
            await CloseConnectionAsync(connection, refusal, "resume refused by the test").ConfigureAwait(false);
            return;
        }

        var sequence = data["seq"]?.GetValue<int>() ?? 0;
        await session.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (sequence > session.Sequence)
            {
                await CloseConnectionAsync(connection, 4007, "Invalid seq").ConfigureAwait(false);
                return;
            }

            session.Connection?.Drop();
            connection.Session = session;
            session.Connection = connection;
            foreach (var (_, frame) in session.After(sequence))
            {
                await TrySendAsync(connection, frame).ConfigureAwait(false);
            }

            await TrySendAsync(connection, session.Append("RESUMED", "{}").Frame).ConfigureAwait(false);
        }
        finally
        {
            session.Gate.Release();
        }

        Pulse();
    }

    /// <summary>Sends GUILD_ROLE_CREATE for a role added to <paramref name="guildId"/>.</summary>
    public Task<int> DispatchRoleCreateAsync(ulong guildId, StandInRole role, int shardId = 0)
        => DispatchAsync("GUILD_ROLE_CREATE", RoleEvent(guildId, role), shardId);

    /// <summary>Sends GUILD_ROLE_UPDATE for a changed role of <paramref name="guildId"/>.</summary>
    public Task<int> DispatchRoleUpdateAsync(ulong guildId, StandInRole role, int shardId = 0)
        => DispatchAsync("GUILD_ROLE_UPDATE", RoleEvent(guildId, role), shardId);

    /// <summary>Sends GUILD_ROLE_DELETE for a role removed from <paramref name="guildId"/>.</summary>
    public Task<int> DispatchRoleDeleteAsync(ulong guildId, ulong roleId, int shardId = 0)
        => DispatchAsync(
            "GUILD_ROLE_DELETE",
            new JsonObject { ["guild_id"] = guildId.ToString(CultureInfo.InvariantCulture), ["role_id"] = roleId.ToString(CultureInfo.InvariantCulture) }.ToJsonString(),
            shardId);

    /// <summary>
    /// The bot was added to <paramref name="guild"/>: Discord sends GUILD_CREATE for it, complete, on the shard its id
    /// maps to. Returns the sequence number.
    /// </summary>
    public Task<int> DispatchGuildJoinedAsync(StandInGuild guild, int shardCount = 1)
    {
        ArgumentNullException.ThrowIfNull(guild);
        Guilds.Add(guild);
        return DispatchAsync("GUILD_CREATE", StandInPayloads.GuildCreate(guild, BotUserId, ApplicationId, joined: true).ToJsonString(), (int)((guild.Id >> 22) % (ulong)shardCount));
    }

    private static string RoleEvent(ulong guildId, StandInRole role)
        => new JsonObject { ["guild_id"] = guildId.ToString(CultureInfo.InvariantCulture), ["role"] = role.ToJson() }.ToJsonString();
}
