using Microsoft.Extensions.Options;

namespace NewsBot.Bot.Reindex;

/// <summary>
/// Lets one <c>/reindex</c> run at a time, and the next only <c>Bot:ReindexCooldownMinutes</c> after the last one
/// ended: a request meanwhile is refused, not queued, so admins cannot keep the machine rebuilding back to back.
/// </summary>
public sealed class ReindexGate(IOptions<BotOptions> options, TimeProvider time)
{
    private readonly object _gate = new();
    private bool _running;
    private DateTimeOffset? _lastEnded;

    /// <summary>True while a reindex runs.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>Claims the right to run, or says why not; <paramref name="retryAfter"/> is the wait left when cooling down.</summary>
    public ReindexAdmission TryEnter(out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        lock (_gate)
        {
            if (_running)
            {
                return ReindexAdmission.Running;
            }

            var wait = _lastEnded is { } ended ? ended + TimeSpan.FromMinutes(options.Value.ReindexCooldownMinutes) - time.GetUtcNow() : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                retryAfter = wait;
                return ReindexAdmission.CoolingDown;
            }

            _running = true;
            return ReindexAdmission.Entered;
        }
    }

    /// <summary>Releases the claim when the reindex ends, however it ends; the cooldown starts now.</summary>
    public void Exit()
    {
        lock (_gate)
        {
            _running = false;
            _lastEnded = time.GetUtcNow();
        }
    }
}

/// <summary>Whether a reindex may start.</summary>
public enum ReindexAdmission
{
    /// <summary>It may; call <see cref="ReindexGate.Exit"/> when it ends.</summary>
    Entered,

    /// <summary>Another reindex runs.</summary>
    Running,

    /// <summary>The last one ended less than the cooldown ago.</summary>
    CoolingDown,
}
