using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Runtime;

/// <summary>
/// Takes paging buttons off a reply shortly before its session ends (15 minutes, the life of an interaction token,
/// counted from the request's creation), so members are not left with buttons that no longer work. A click that still comes too late is answered by
/// <see cref="Handlers.PageButtonHandler"/>.
/// </summary>
public sealed class ButtonExpiry(TimeProvider time, ILogger<ButtonExpiry> logger) : IDisposable
{
    /// <summary>How long before the session ends the buttons are removed, so the edit still has a valid token.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>When the buttons come off, counted from the request's creation (from the reply, for a mention's reply, which has no token).</summary>
    public static TimeSpan Delay => InteractionTokens.Lifetime - Margin;

    /// <summary>Runs <paramref name="removeButtons"/> after <see cref="Delay"/> from now, unless the bot shuts down first.</summary>
    public void Schedule(Func<CancellationToken, Task> removeButtons) => Schedule(null, removeButtons);

    /// <summary>
    /// Runs <paramref name="removeButtons"/> <see cref="Delay"/> after <paramref name="createdAt"/> (the request's
    /// creation; now when null), unless the bot shuts down first: a reply sent late still loses its buttons while the
    /// token that edits it is valid.
    /// </summary>
    public void Schedule(DateTimeOffset? createdAt, Func<CancellationToken, Task> removeButtons)
    {
        ArgumentNullException.ThrowIfNull(removeButtons);
        var now = time.GetUtcNow();
        var wait = (createdAt ?? now) + Delay - now;
        _ = RemoveLaterAsync(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, removeButtons);
    }

    /// <summary>Forgets every pending removal (the bot is shutting down; the buttons' clicks are answered after a restart).</summary>
    public void Cancel() => _stopping.Cancel();

    public void Dispose() => _stopping.Dispose();

    private async Task RemoveLaterAsync(TimeSpan wait, Func<CancellationToken, Task> removeButtons)
    {
        try
        {
            await Task.Delay(wait, time, _stopping.Token).ConfigureAwait(false);
            await removeButtons(_stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception exception)
        {
            // The reply may have been deleted; a later click is still answered.
            Log.ButtonRemovalFailed(logger, exception);
        }
    }
}
