using System.Text.Json;
using Discord.Net.WebSockets;

namespace NewsBot.Bot.Discord.Connection;

/// <summary>
/// One shard's WebSocket, around Discord.Net's own, adding what Discord's docs ask and the library lacks: when the
/// <c>resume_gateway_url</c> READY named cannot be reached <see cref="MaxResumeHostFailures"/> times in a row, the next
/// attempt goes to the gateway URL of <c>GET /gateway/bot</c> instead and is treated as a resume that failed, so the
/// library identifies afresh there (gateway docs, "Resuming": a failed resume means "connect to the cached Get Gateway
/// URL and Identify again"). Discord.Net alone retries the dead resume host for ever.
/// </summary>
/// <remarks>
/// The first host a shard connects to is the gateway URL (no session exists yet to resume); any other host is a resume
/// host. The library sends its Resume as soon as the socket opens; on a fallback connection that Resume is not sent and
/// the library is handed what Discord answers a resume it cannot honour, op 9 with <c>d: false</c>, upon which it
/// forgets the session and sends Identify on the same connection. Frames are otherwise passed through untouched.
/// </remarks>
public sealed class ResumeHostFallback : IWebSocketClient
{
    /// <summary>Failed connections to the resume host in a row before the gateway URL is used instead.</summary>
    public const int MaxResumeHostFailures = 3;

    private const string ResumeRefused = """{"op":9,"d":false}""";
    private readonly IWebSocketClient _inner;
    private readonly Action<string>? _onFallback;
    private string? _gatewayHost;
    private int _resumeHostFailures;
    private volatile bool _dropNextResume;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="onFallback"/> hears the dead host each time the gateway URL takes over.</summary>
    public ResumeHostFallback(IWebSocketClient inner, Action<string>? onFallback = null)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _onFallback = onFallback;
        _inner.BinaryMessage += (data, index, count) => BinaryMessage?.Invoke(data, index, count) ?? Task.CompletedTask;
        _inner.TextMessage += text => TextMessage?.Invoke(text) ?? Task.CompletedTask;
        _inner.Closed += exception => Closed?.Invoke(exception) ?? Task.CompletedTask;
    }

    public event Func<byte[], int, int, Task>? BinaryMessage;

    public event Func<string, Task>? TextMessage;

    public event Func<Exception, Task>? Closed;

    public void SetHeader(string key, string value) => _inner.SetHeader(key, value);

    public void SetCancelToken(CancellationToken cancelToken) => _inner.SetCancelToken(cancelToken);

    public async Task ConnectAsync(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        _gatewayHost ??= host;
        var resuming = !SameHost(host, _gatewayHost);
        _dropNextResume = false;
        if (resuming && _resumeHostFailures >= MaxResumeHostFailures)
        {
            _onFallback?.Invoke(new Uri(host).Authority);

            // The count starts again only once the gateway URL has answered: if it did not, the next attempt goes
            // there again rather than back to the dead resume host.
            await _inner.ConnectAsync(_gatewayHost).ConfigureAwait(false);
            _resumeHostFailures = 0;
            _dropNextResume = true;
            return;
        }

        try
        {
            await _inner.ConnectAsync(host).ConfigureAwait(false);
            if (resuming)
            {
                _resumeHostFailures = 0;
            }
        }
        catch (Exception) when (resuming)
        {
            _resumeHostFailures++;
            throw;
        }
    }

    public Task DisconnectAsync(int closeCode = 1000) => _inner.DisconnectAsync(closeCode);

    public async Task SendAsync(byte[] data, int index, int count, bool isText)
    {
        if (_dropNextResume && IsResume(data, index, count))
        {
            _dropNextResume = false;
            if (TextMessage is { } received)
            {
                await received(ResumeRefused).ConfigureAwait(false);
            }

            return;
        }

        await _inner.SendAsync(data, index, count, isText).ConfigureAwait(false);
    }

    public void Dispose() => _inner.Dispose();

    // Hosts are compared without the query Discord.Net adds (v, encoding, compress).
    private static bool SameHost(string host, string gatewayHost)
        => Uri.TryCreate(host, UriKind.Absolute, out var a) && Uri.TryCreate(gatewayHost, UriKind.Absolute, out var b)
            && Uri.Compare(a, b, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsResume(byte[] data, int index, int count)
    {
        try
        {
            using var payload = JsonDocument.Parse(new ReadOnlyMemory<byte>(data, index, count));
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("op", out var op) && op.ValueKind == JsonValueKind.Number && op.TryGetInt32(out var code) && code == 6;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
