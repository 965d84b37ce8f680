namespace NewsBot.Discord.Gateway;

/// <summary>A payload to send was over Discord's 4,096-byte limit; it was not sent (sending it would cost the connection, close 4002).</summary>
public sealed class GatewayPayloadTooLargeException : Exception
{
    public GatewayPayloadTooLargeException(string message, int size)
        : base(message)
    {
        Size = size;
    }

    public GatewayPayloadTooLargeException()
    {
    }

    public GatewayPayloadTooLargeException(string message)
        : base(message)
    {
    }

    public GatewayPayloadTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Size of the refused payload in UTF-8 bytes.</summary>
    public int Size { get; }
}
