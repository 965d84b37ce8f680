using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Runtime;

/// <summary>
/// The bot's work in flight (answers being looked up, reindexes running), so gateway handlers return at once and
/// shutdown can wait for every answer to be delivered before the gateway closes.
/// </summary>
public sealed class BackgroundWork(ILogger<BackgroundWork> logger, IOptions<BotOptions> options) : IDisposable
{
    private readonly object _gate = new();
    private readonly HashSet<Task> _running = [];
    private readonly CancellationTokenSource _abort = new();
    private bool _draining;

    /// <summary>How many pieces of work are running.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>True once shutdown began; new work is refused.</summary>
    public bool IsDraining
    {
        get
        {
            lock (_gate)
            {
                return _draining;
            }
        }
    }

    /// <summary>
    /// Starts essential work (command registration) in the background whatever is in flight, or returns false when
    /// shutdown began. The token it gets is cancelled only when shutdown runs out of time. Exceptions are logged;
    /// work should handle its own first.
    /// </summary>
    public bool TryStart(string name, Func<CancellationToken, Task> work) => Admit(name, work, capped: false) == WorkAdmission.Started;

    /// <summary>
    /// Starts a member's work (an answer, a reindex) like <see cref="TryStart"/>, unless <c>Bot:MaxWorkInFlight</c>
    /// pieces already run: then it is refused as <see cref="WorkAdmission.Busy"/>, so a flood of requests is told to
    /// wait instead of slowing every answer down.
    /// </summary>
    public WorkAdmission TryAdmit(string name, Func<CancellationToken, Task> work) => Admit(name, work, capped: true);

    private WorkAdmission Admit(string name, Func<CancellationToken, Task> work, bool capped)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (_draining)
            {
                return WorkAdmission.ShuttingDown;
            }

            if (capped && _running.Count >= options.Value.MaxWorkInFlight)
            {
                return WorkAdmission.Busy;
            }

            var task = RunAsync(name, work);
            if (!task.IsCompleted)
            {
                _running.Add(task);
                _ = task.ContinueWith(Forget, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            return WorkAdmission.Started;
        }
    }

    /// <summary>
    /// Refuses new work and waits for the running work to finish. When <paramref name="cancellationToken"/> fires
    /// (shutdown ran out of time) the work is cancelled and given a moment to stop.
    /// </summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            _draining = true;
            running = [.. _running];
        }

        if (running.Length == 0)
        {
            return;
        }

        Log.Draining(logger, running.Length);
        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(false);

            // The tasks' own removal (Forget) is a continuation that may run after this one: done is done now.
            lock (_gate)
            {
                _running.ExceptWith(running);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Log.Abandoning(logger, Count);
            await _abort.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _abort.Dispose();

    private async Task RunAsync(string name, Func<CancellationToken, Task> work)
    {
        // Yield so the caller (a gateway handler) returns before the work's first await.
        await Task.Yield();
        try
        {
            await work(_abort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Shutdown ran out of time; already logged by DrainAsync.
        }
        catch (Exception exception)
        {
            Log.WorkFailed(logger, exception, name);
        }
    }

    private void Forget(Task task)
    {
        lock (_gate)
        {
            _running.Remove(task);
        }
    }
}
