namespace NewsBot.Testing.Discord.Gateway;

/// <summary>Which way a gateway payload travelled, seen from the stand-in.</summary>
public enum FrameDirection
{
    /// <summary>From the client to the stand-in.</summary>
    Received,

    /// <summary>From the stand-in to the client.</summary>
    Sent,
}

/// <summary>One gateway payload the stand-in received or sent, kept for assertions.</summary>
/// <param name="ConnectionId">Numbers the connections from 1 in the order they opened.</param>
/// <param name="Op">The opcode, or -1 when the text was not a JSON payload.</param>
public sealed record StandInGatewayFrame(int ConnectionId, FrameDirection Direction, int Op, string? EventName, int? Sequence, string Json)
{
    /// <summary>When the stand-in sent or received it.</summary>
    public DateTimeOffset At { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>The end of one connection: who closed it and with which code (null: dropped without a close frame).</summary>
public sealed record StandInGatewayClose(int ConnectionId, bool ByClient, int? Code)
{
    /// <summary>For a close by the stand-in: whether the client sent its close frame back, completing the handshake (RFC 6455 §5.5.1).</summary>
    public bool AnsweredByClient { get; init; }
}

/// <summary>
/// A guild the stand-in announces with GUILD_CREATE after READY, on the shard the guild id maps to: with its
/// <c>@everyone</c> role, the bot's managed role, a moderators role with Manage Server, one text channel and the bot
/// as a member, as Discord sends a guild the bot was added to.
/// </summary>
public sealed record StandInGuild(ulong Id, string Name)
{
    /// <summary>Permissions of <c>@everyone</c> (VIEW_CHANNEL | SEND_MESSAGES).</summary>
    public const string EveryonePermissions = "3072";

    /// <summary>Permissions of the moderators role: MANAGE_GUILD.</summary>
    public const string ModeratorPermissions = "32";

    /// <summary>The guild's roles besides <c>@everyone</c>, the bot's managed role and the moderators, which every GUILD_CREATE carries.</summary>
    public IReadOnlyList<StandInRole> Roles { get; init; } = [];

    /// <summary>The guild's one text channel, where members talk to the bot.</summary>
    public ulong TextChannelId { get; init; } = Id + 1;

    /// <summary>The id of the bot's managed role in this guild.</summary>
    public ulong BotRoleId => Id + 2;

    /// <summary>The id of a role with Manage Server (<see cref="ModeratorPermissions"/>).</summary>
    public ulong ModeratorRoleId => Id + 3;

    /// <summary>Every role of the guild as GUILD_CREATE lists them.</summary>
    public IReadOnlyList<StandInRole> AllRoles(ulong botUserId) =>
    [
        new StandInRole(Id, "@everyone", EveryonePermissions),
        new StandInRole(BotRoleId, "NewsBot", "2048", botUserId),
        new StandInRole(ModeratorRoleId, "Moderators", ModeratorPermissions),
        .. Roles,
    ];

    /// <summary>
    /// What Discord computes as a member's permissions in an interaction: the bits of <c>@everyone</c> and of each of
    /// <paramref name="roleIds"/>, as a decimal string.
    /// </summary>
    public string PermissionsOf(IEnumerable<ulong> roleIds, ulong botUserId)
    {
        var roles = AllRoles(botUserId).ToDictionary(role => role.Id);
        var bits = ulong.Parse(EveryonePermissions, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var id in roleIds)
        {
            if (roles.TryGetValue(id, out var role))
            {
                bits |= ulong.Parse(role.Permissions, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return bits.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
