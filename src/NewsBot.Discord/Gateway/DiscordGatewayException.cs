namespace NewsBot.Discord.Gateway;

/// <summary>
/// The gateway cannot continue and retrying would not help: a refused token, shard, version or intent.
/// The message names the cause and the setting to fix; it never contains the token.
/// </summary>
public sealed class DiscordGatewayException : Exception
{
    public DiscordGatewayException(string message, int? closeCode = null, int? shardId = null)
        : base(message)
    {
        CloseCode = closeCode;
        ShardId = shardId;
    }

    public DiscordGatewayException()
    {
    }

    public DiscordGatewayException(string message)
        : base(message)
    {
    }

    public DiscordGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The gateway close code that caused the stop, when a close caused it (null for a refused token on <c>GET /gateway/bot</c>).</summary>
    public int? CloseCode { get; }

    /// <summary>The shard that hit the condition, when one did.</summary>
    public int? ShardId { get; }
}
