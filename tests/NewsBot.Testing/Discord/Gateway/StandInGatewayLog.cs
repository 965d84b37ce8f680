using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Testing.Discord.Gateway;

/// <summary>What the stand-in's gateway saw, for assertions: every payload, every connection end and path, and a signal on each change.</summary>
internal sealed class StandInGatewayLog
{
    private readonly Lock _gate = new();
    private readonly List<StandInGatewayFrame> _frames = [];
    private readonly List<StandInGatewayClose> _closes = [];
    private readonly List<string> _connectionPaths = [];
    private readonly ChangeSignal _signal = new();

    public IReadOnlyList<StandInGatewayFrame> Frames { get { lock (_gate) { return [.. _frames]; } } }

    public IReadOnlyList<StandInGatewayClose> Closes { get { lock (_gate) { return [.. _closes]; } } }

    public IReadOnlyList<string> ConnectionPaths { get { lock (_gate) { return [.. _connectionPaths]; } } }

    public Task WaitUntilAsync(Func<bool> condition, string timeoutMessage, TimeSpan? timeout) => _signal.WaitUntilAsync(condition, timeoutMessage, timeout);

    public void Pulse() => _signal.Pulse();

    public void RecordPath(string path)
    {
        lock (_gate)
        {
            _connectionPaths.Add(path);
        }

        Pulse();
    }

    public void Record(int connectionId, FrameDirection direction, string text)
    {
        var frame = Describe(connectionId, direction, text);
        lock (_gate)
        {
            _frames.Add(frame);
        }

        Pulse();
    }

    /// <summary>Records the end of a connection; only the first end of each connection counts.</summary>
    public void RecordClose(int connectionId, bool byClient, int? code)
    {
        lock (_gate)
        {
            if (_closes.Any(c => c.ConnectionId == connectionId))
            {
                return;
            }

            _closes.Add(new StandInGatewayClose(connectionId, byClient, code));
        }

        Pulse();
    }

    /// <summary>The client sent its close frame back after the stand-in closed the connection.</summary>
    public void RecordCloseAnswered(int connectionId)
    {
        lock (_gate)
        {
            var index = _closes.FindIndex(c => c.ConnectionId == connectionId && !c.ByClient);
            if (index < 0)
            {
                return;
            }

            _closes[index] = _closes[index] with { AnsweredByClient = true };
        }

        Pulse();
    }

    public IReadOnlyList<JsonNode> ReceivedData(int op)
        => [.. Frames.Where(f => f.Direction == FrameDirection.Received && f.Op == op).Select(f => JsonNode.Parse(f.Json)!["d"]!)];

    private static StandInGatewayFrame Describe(int connectionId, FrameDirection direction, string text)
    {
        try
        {
            var node = JsonNode.Parse(text);
            return new StandInGatewayFrame(
                connectionId,
                direction,
                node?["op"]?.GetValue<int>() ?? -1,
                node?["t"]?.GetValue<string>(),
                node?["s"]?.GetValue<int>(),
                text);
        }
        catch (JsonException)
        {
            return new StandInGatewayFrame(connectionId, direction, -1, null, null, text);
        }
    }
}
