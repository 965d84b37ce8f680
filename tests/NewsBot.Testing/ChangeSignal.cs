namespace NewsBot.Testing;

/// <summary>
/// Lets a test await a condition on state that other threads change, without sleeping: whoever changes the state calls
/// <see cref="Pulse"/> afterwards, and a waiter re-checks its condition on every pulse.
/// </summary>
public sealed class ChangeSignal
{
    private readonly object _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every waiter to re-check its condition. Call after the state has changed.</summary>
    public void Pulse()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
    }

    /// <summary>Returns once <paramref name="condition"/> holds, re-checking after every <see cref="Pulse"/>.</summary>
    /// <exception cref="TimeoutException">It did not hold within <paramref name="timeout"/> (default 60 s); the message is <paramref name="timeoutMessage"/>.</exception>
    public async Task WaitUntilAsync(Func<bool> condition, string timeoutMessage, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var expiry = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            // Taken before the check, so a change that lands between the check and the wait still wakes this waiter.
            Task changed;
            lock (_gate)
            {
                changed = _changed.Task;
            }

            if (condition())
            {
                return;
            }

            try
            {
                await changed.WaitAsync(expiry.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(timeoutMessage);
            }
        }
    }
}
