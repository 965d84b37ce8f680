namespace NewsBot.Discord.Gateway;

/// <summary>
/// Keeps one connection within Discord's send limit (120 payloads per 60 s; going over disconnects). A sliding
/// window of send times: a sender waits until the oldest send in the window ages out. Heartbeats are counted but
/// never wait, because a late heartbeat costs the connection; the other senders leave room for them.
/// </summary>
internal sealed class SendRateLimiter
{
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Queue<long> _sends = new();
    private readonly object _gate = new();
    private int _reservedForHeartbeats;

    public SendRateLimiter(int limit, TimeSpan window, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
        _window = window;
        _time = time;
    }

    /// <summary>Reserves room for the heartbeats one window holds at <paramref name="interval"/>, keeping at least one slot for other sends.</summary>
    public void ReserveForHeartbeats(TimeSpan interval)
    {
        var perWindow = (int)Math.Ceiling(_window / interval) + 1;
        lock (_gate)
        {
            _reservedForHeartbeats = Math.Min(perWindow, _limit - 1);
        }
    }

    /// <summary>Counts a heartbeat, which is sent at once.</summary>
    public void RecordHeartbeat()
    {
        lock (_gate)
        {
            Trim();
            _sends.Enqueue(_time.GetTimestamp());
        }
    }

    /// <summary>Waits for a free slot, then counts the send.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                Trim();
                if (_sends.Count < _limit - _reservedForHeartbeats)
                {
                    _sends.Enqueue(_time.GetTimestamp());
                    return;
                }

                wait = _window - _time.GetElapsedTime(_sends.Peek());
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Trim()
    {
        while (_sends.Count > 0 && _time.GetElapsedTime(_sends.Peek()) >= _window)
        {
            _sends.Dequeue();
        }
    }
}
