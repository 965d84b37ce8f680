using Microsoft.Extensions.Logging;

namespace NewsBot.Discord.Gateway;

/// <summary>The heartbeat loop of one connection.</summary>
internal sealed partial class GatewayShard
{
    private async Task HeartbeatAsync(GatewayConnectionState state, TimeSpan interval)
    {
        var token = state.Scope.Token;
        double jitter;
        lock (_random)
        {
            jitter = _random.NextDouble();
        }

        var first = interval * jitter;
        Log.Hello(_logger, _shardId, (int)interval.TotalMilliseconds, (long)first.TotalMilliseconds);

        // Beats are due on a fixed schedule counted from the hello (due is the time since it), not "an interval after the last send finished":
        // a send or a thread that runs late does not push every later beat back, and a beat that is already due
        // when the loop gets to it is sent at once.
        // Monotonic: a wall-clock change does not move the beats.
        var hello = _time.GetTimestamp();
        var due = first;
        try
        {
            while (!token.IsCancellationRequested)
            {
                var wait = due - _time.GetElapsedTime(hello);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, token).ConfigureAwait(false);
                }

                if (!state.AckReceived)
                {
                    Log.Zombie(_logger, _shardId);
                    state.Zombie = true;
                    await state.Transport.CloseAsync(GatewayCloseCodes.KeepSession, "zombie connection", token).ConfigureAwait(false);
                    await state.Scope.CancelAsync().ConfigureAwait(false);
                    return;
                }

                state.AckReceived = false;
                var sequence = Sequence;
                await state.Connection.SendHeartbeatAsync(sequence, token).ConfigureAwait(false);
                Log.HeartbeatSent(_logger, _shardId, sequence);

                // After a long stall (a suspended process), beat once now rather than once per missed interval.
                due = TimeSpan.FromTicks(Math.Max((due + interval).Ticks, _time.GetElapsedTime(hello).Ticks));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The socket is gone; the reader sees the same and decides what comes next.
        }
    }
}
