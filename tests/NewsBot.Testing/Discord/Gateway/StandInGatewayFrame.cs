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
public sealed record StandInGatewayFrame(int ConnectionId, FrameDirection Direction, int Op, string? EventName, int? Sequence, string Json);

/// <summary>The end of one connection: who closed it and with which code (null: dropped without a close frame).</summary>
public sealed record StandInGatewayClose(int ConnectionId, bool ByClient, int? Code)
{
    /// <summary>For a close by the stand-in: whether the client sent its close frame back, completing the handshake (RFC 6455 §5.5.1).</summary>
    public bool AnsweredByClient { get; init; }
}

/// <summary>A guild the stand-in announces with GUILD_CREATE after READY, on the shard the guild id maps to.</summary>
public sealed record StandInGuild(ulong Id, string Name)
{
    /// <summary>The guild's roles besides <c>@everyone</c> and the bot's managed role, which every GUILD_CREATE carries.</summary>
    public IReadOnlyList<StandInRole> Roles { get; init; } = [];

    /// <summary>The id of the bot's managed role in this guild.</summary>
    public ulong BotRoleId => Id + 1;
}
