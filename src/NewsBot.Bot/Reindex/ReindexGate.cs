namespace NewsBot.Bot.Reindex;

/// <summary>Lets one <c>/reindex</c> run at a time: a second request while one runs is refused, not queued.</summary>
public sealed class ReindexGate
{
    private int _running;

    /// <summary>True while a reindex runs.</summary>
    public bool IsRunning => Volatile.Read(ref _running) == 1;

    /// <summary>Claims the right to run; false when a reindex already runs.</summary>
    public bool TryEnter() => Interlocked.CompareExchange(ref _running, 1, 0) == 0;

    /// <summary>Releases the claim when the reindex ends, however it ends.</summary>
    public void Exit() => Volatile.Write(ref _running, 0);
}
