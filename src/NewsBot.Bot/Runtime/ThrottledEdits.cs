using Microsoft.Extensions.Logging;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Runtime;

/// <summary>
/// Edits one reply with progress while long work runs: at most one edit per <see cref="Interval"/> (Discord rate-limits
/// edits, and nobody reads faster), in order, and the final edit always last.
/// </summary>
public sealed class ThrottledEdits
{
    /// <summary>Least time between two progress edits.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private readonly Func<Reply, CancellationToken, Task> _edit;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly CancellationToken _cancellationToken;
    private Task _chain = Task.CompletedTask;
    private long? _lastEdit;
    private bool _finished;

    /// <param name="edit">Sends one edit.</param>
    /// <param name="time">The clock the interval is measured on.</param>
    /// <param name="logger">Where failed progress edits are logged (they do not stop the work).</param>
    /// <param name="cancellationToken">Cancels edits not yet sent.</param>
    public ThrottledEdits(Func<Reply, CancellationToken, Task> edit, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        _edit = edit ?? throw new ArgumentNullException(nameof(edit));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _cancellationToken = cancellationToken;
    }

    /// <summary>Queues a progress edit unless the previous one was less than <see cref="Interval"/> ago; returns whether it was queued.</summary>
    public bool TryPost(Reply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            if (_finished || (_lastEdit is { } last && _time.GetElapsedTime(last, now) < Interval))
            {
                return false;
            }

            _lastEdit = now;
            _chain = SendAfterAsync(_chain, message, progress: true);
            return true;
        }
    }

    /// <summary>Sends the final edit after every queued progress edit; later progress is ignored.</summary>
    public Task FinishAsync(Reply message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            _finished = true;
            _chain = SendAfterAsync(_chain, message, progress: false);
            return _chain;
        }
    }

    private async Task SendAfterAsync(Task previous, Reply message, bool progress)
    {
        await previous.ConfigureAwait(false);
        try
        {
            await _edit(message, _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (progress && exception is not OperationCanceledException)
        {
            // A lost progress line is not worth failing the work for; the final edit still comes.
            Log.ProgressEditFailed(_logger, exception);
        }
    }
}
