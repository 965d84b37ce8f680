namespace NewsBot.Testing.Discord.Gateway;

/// <summary>
/// A gateway session as Discord keeps it: its sequence counter and every dispatch sent in it, so a Resume can
/// replay exactly the dispatches after the client's last sequence, whether the client received them or not.
/// </summary>
internal sealed class StandInSession
{
    private readonly List<(int Sequence, string Frame)> _sent = [];

    public StandInSession(string id, int shardId, int shardCount, int intents)
    {
        Id = id;
        ShardId = shardId;
        ShardCount = shardCount;
        Intents = intents;
    }

    public string Id { get; }
    public int ShardId { get; }
    public int ShardCount { get; }
    public int Intents { get; }

    /// <summary>Serialises appends, sends and replays, so a dispatch is never both replayed and sent live.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public int Sequence { get; private set; }

    /// <summary>The connection currently carrying the session, if any.</summary>
    public StandInGatewayConnection? Connection { get; set; }

    /// <summary>Numbers a dispatch and keeps it for replay; call under <see cref="Gate"/>.</summary>
    public (int Sequence, string Frame) Append(string eventName, string dataJson)
    {
        Sequence++;
        var frame = $$"""{"op":0,"s":{{Sequence}},"t":"{{eventName}}","d":{{dataJson}}}""";
        _sent.Add((Sequence, frame));
        return (Sequence, frame);
    }

    /// <summary>The dispatches after <paramref name="sequence"/>, in order; call under <see cref="Gate"/>.</summary>
    public IReadOnlyList<(int Sequence, string Frame)> After(int sequence) => [.. _sent.Where(d => d.Sequence > sequence)];
}
