using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsBot.Discord.Gateway;

/// <summary>
/// The sending side of one open connection: payloads are serialised, refused when over 4,096 bytes, kept within the
/// send rate limit and written one at a time (a WebSocket allows one send in flight).
/// </summary>
internal sealed class GatewayConnection
{
    private readonly IGatewayTransport _transport;
    private readonly SendRateLimiter _rateLimiter;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public GatewayConnection(IGatewayTransport transport, SendRateLimiter rateLimiter)
    {
        _transport = transport;
        _rateLimiter = rateLimiter;
    }

    public SendRateLimiter RateLimiter => _rateLimiter;

    public Task SendHeartbeatAsync(int? sequence, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)GatewayOpCode.Heartbeat);
            if (sequence is int s)
            {
                writer.WriteNumber("d", s);
            }
            else
            {
                writer.WriteNull("d");
            }

            writer.WriteEndObject();
        }

        _rateLimiter.RecordHeartbeat();
        return WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    public async Task SendAsync<T>(GatewayOpCode op, T data, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var payload = Serialize(op, data, typeInfo);
        await _rateLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        await WriteAsync(payload, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serialises <c>{"op":op,"d":data}</c> and refuses it when Discord would (over 4,096 bytes).</summary>
    /// <exception cref="GatewayPayloadTooLargeException">The payload is over the limit; nothing was sent.</exception>
    public static ReadOnlyMemory<byte> Serialize<T>(GatewayOpCode op, T data, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)op);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, typeInfo);
            writer.WriteEndObject();
        }

        if (buffer.WrittenCount > GatewaySettings.MaxPayloadBytes)
        {
            throw new GatewayPayloadTooLargeException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The gateway payload for op {(int)op} ({op}) is {buffer.WrittenCount} bytes; Discord accepts at most {GatewaySettings.MaxPayloadBytes} bytes per payload (larger ones close the connection with 4002), so it was not sent."),
                buffer.WrittenCount);
        }

        return buffer.WrittenMemory;
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _transport.SendAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
