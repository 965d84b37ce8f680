using System.Net.WebSockets;
using System.Text;
using Discord.Net.WebSockets;

namespace NewsBot.Bot.Discord.Tests.Connection;

/// <summary>
/// A WebSocket that connects nowhere: it records every host asked for and every frame sent, refuses hosts marked dead
/// (by authority), and lets the test play what the server says.
/// </summary>
internal sealed class RecordingWebSocket : IWebSocketClient
{
    public List<string> Connects { get; } = [];

    public List<string> Sent { get; } = [];

    /// <summary>Authorities (host:port, or host) whose connections fail.</summary>
    public HashSet<string> DeadHosts { get; } = new(StringComparer.OrdinalIgnoreCase);

    public event Func<byte[], int, int, Task>? BinaryMessage;

    public event Func<string, Task>? TextMessage;

    public event Func<Exception, Task>? Closed;

    public void SetHeader(string key, string value)
    {
    }

    public void SetCancelToken(CancellationToken cancelToken)
    {
    }

    public Task ConnectAsync(string host)
    {
        Connects.Add(host);
        return DeadHosts.Contains(new Uri(host).Authority)
            ? Task.FromException(new WebSocketException(WebSocketError.Faulted, $"Unable to connect to {host}."))
            : Task.CompletedTask;
    }

    public Task DisconnectAsync(int closeCode = 1000) => Task.CompletedTask;

    public Task SendAsync(byte[] data, int index, int count, bool isText)
    {
        Sent.Add(Encoding.UTF8.GetString(data, index, count));
        return Task.CompletedTask;
    }

    public Task ReceiveTextAsync(string text) => TextMessage?.Invoke(text) ?? Task.CompletedTask;

    public Task ReceiveBinaryAsync(byte[] data) => BinaryMessage?.Invoke(data, 0, data.Length) ?? Task.CompletedTask;

    public Task CloseAsync(Exception exception) => Closed?.Invoke(exception) ?? Task.CompletedTask;

    public void Dispose()
    {
    }
}
