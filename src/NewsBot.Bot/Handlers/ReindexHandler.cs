using System.Globalization;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Reindex;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// <c>/reindex</c>: for admins only (checked here again, whatever the server's command permissions say), one at a
/// time and not back to back. The reply shows progress while it runs and the summary at the end, then the progress of
/// the sentence vectors computed after it; when the work outlasts the reply's 15-minute token, a last edit says where
/// the rest is. Questions keep being answered meanwhile.
/// </summary>
public sealed class ReindexHandler(AdminPolicy policy, ReindexGate gate, IReindexer reindexer, TimeProvider time, ILogger<ReindexHandler> logger)
{
    /// <summary>Told to a member who is not an admin.</summary>
    public const string NotAdmin = "Only the admins named in the bot's settings (or, in the servers its operator named, members with Manage Server) can reindex.";

    /// <summary>Told when a reindex already runs.</summary>
    public const string AlreadyRunning = "A reindex is already running; its reply shows the progress. Try again when it has finished.";

    /// <summary>
    /// The reply's last edit when the reindex outlasts the reply's token. Discord accepts edits for 15 minutes from
    /// the interaction's creation (interactions/receiving-and-responding.mdx, "Interaction tokens are valid for 15
    /// minutes"), so a summary edited in later would be refused (401, 50027 Invalid Webhook Token).
    /// </summary>
    public const string StillRunning = "The reindex is still running, but Discord lets me edit this reply for only 15 minutes, so its summary will not appear here. "
        + "When it has finished, `newsbot sources` on the bot's host shows each source's last result; /sources shows what is indexed.";

    /// <summary>How long before the reply's token expires its last edit is sent: a progress edit waiting on a rate limit may be queued ahead of it.</summary>
    public static readonly TimeSpan HandOverMargin = TimeSpan.FromMinutes(1);

    /// <summary>Told when the last reindex ended less than <c>Bot:ReindexCooldownMinutes</c> ago.</summary>
    public static string CoolingDown(TimeSpan retryAfter)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        return string.Create(CultureInfo.InvariantCulture,
            $"The index was reindexed a short while ago; questions are answered from it meanwhile. You can reindex again in {minutes} minute{(minutes == 1 ? string.Empty : "s")}.");
    }

    /// <summary>Handles one <c>/reindex</c>; returns when the reindex has ended.</summary>
    public async Task HandleAsync(InteractionReply reply, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!policy.IsAdmin(reply.Asker))
        {
            Log.ReindexRefused(logger, reply.UserId, "not an admin");
            await reply.EphemeralAsync(NotAdmin, cancellationToken).ConfigureAwait(false);
            return;
        }

        var admission = gate.TryEnter(out var retryAfter);
        if (admission != ReindexAdmission.Entered)
        {
            var running = admission == ReindexAdmission.Running;
            Log.ReindexRefused(logger, reply.UserId, running ? "a reindex is already running" : "the last reindex ended too recently");
            await reply.EphemeralAsync(running ? AlreadyRunning : CoolingDown(retryAfter), cancellationToken).ConfigureAwait(false);
            return;
        }

        var full = arguments.Boolean("full") ?? false;
        var allowShrink = arguments.Boolean("allow_shrink") ?? false;
        ThrottledEdits edits;
        Task handOver;
        ReindexSummary summary;
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Log.ReindexStarted(logger, full, reply.UserId);
            var handOverAt = InteractionTokens.ExpiresAt(reply.Request, time.GetUtcNow()) - HandOverMargin;
            // Private: the summary names sources and their failures, which are for the admin, not the channel.
            await reply.DeferAsync(isPrivate: true, cancellationToken).ConfigureAwait(false);
            var started = time.GetTimestamp();
            edits = new ThrottledEdits(reply.EditAsync, time, logger, cancellationToken);
            var progress = new Progress(report => edits.TryPost(ReindexRenderer.Progress(full, report, time.GetElapsedTime(started))));
            // The wait starts before the reindex, so the clock it counts on has not moved past it meanwhile.
            handOver = Task.Delay(Until(handOverAt), time, stopWaiting.Token);
            var running = RunAsync(full, allowShrink, progress);
            var editable = await HandOverIfStillRunningAsync(running, handOver, edits, () => new Reply { Text = StillRunning, Cards = [], Buttons = [] }, full).ConfigureAwait(false);
            try
            {
                summary = await running.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.HandlerFailed(logger, exception, "reindex", full ? "full" : "incremental");
                await stopWaiting.CancelAsync().ConfigureAwait(false);
                if (editable)
                {
                    await edits.FinishAsync(ReindexRenderer.Failed()).ConfigureAwait(false);
                }

                return;
            }

            Log.ReindexFinished(logger, full, summary.Elapsed.TotalSeconds, summary.Read, summary.Update.Added, summary.Update.Updated,
                summary.Update.Removed, summary.SkippedCount);
            if (!editable)
            {
                await stopWaiting.CancelAsync().ConfigureAwait(false);
                return;
            }
        }
        finally
        {
            // The sentence vectors that follow are computed in the background and do not hold another reindex back.
            gate.Exit();
        }

        await FollowVectorsAsync(summary, handOver, edits, full, stopWaiting, cancellationToken).ConfigureAwait(false);

        // A reindexer that throws before its first await still fails the task, not this method.
        async Task<ReindexSummary> RunAsync(bool full, bool allowShrink, IProgress<IndexProgress> progress)
            => await reindexer.RunAsync(full, allowShrink, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The summary goes up at once; when the index's sentence vectors are still being computed, the reply then follows
    /// their progress under it, until they are done or the reply's token is about to end.
    /// </summary>
    private async Task FollowVectorsAsync(ReindexSummary summary, Task handOver, ThrottledEdits edits, bool full, CancellationTokenSource stopWaiting, CancellationToken cancellationToken)
    {
        if (summary.Refusal is not null)
        {
            await edits.FinishAsync(ReindexRenderer.Summary(summary)).ConfigureAwait(false);
            return;
        }

        using var stopFollowing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = new Progress(report => edits.TryPost(ReindexRenderer.Summary(summary, ReindexRenderer.VectorsProgress(report))));
        var following = FollowAsync(progress, stopFollowing.Token);
        var editable = await HandOverIfStillRunningAsync(following, handOver, edits,
            () => ReindexRenderer.Summary(summary, ReindexRenderer.VectorsContinuing), full).ConfigureAwait(false);
        await stopWaiting.CancelAsync().ConfigureAwait(false);
        if (!editable)
        {
            // The background pass carries on (serve's own, or the next change's); only this reply stops following it.
            await stopFollowing.CancelAsync().ConfigureAwait(false);
        }

        string? vectors;
        try
        {
            vectors = ReindexRenderer.VectorsDone(await following.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopped following, not stopped working: the reply's token is ending, or the bot is shutting down and
            // the vectors are left to the next start. Either way they are still to come.
            if (!editable)
            {
                return;
            }

            vectors = ReindexRenderer.VectorsContinuing;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.HandlerFailed(logger, exception, "reindex", "sentence vectors");
            vectors = ReindexRenderer.VectorsFailed;
        }

        if (editable)
        {
            await edits.FinishAsync(ReindexRenderer.Summary(summary, vectors)).ConfigureAwait(false);
        }

        async Task<VectorUpdate> FollowAsync(IProgress<IndexProgress> report, CancellationToken token)
            => await reindexer.FollowVectorsAsync(report, token).ConfigureAwait(false);
    }

    private TimeSpan Until(DateTimeOffset moment)
    {
        var wait = moment - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }

    /// <summary>
    /// Waits for the work or for <paramref name="handOver"/> (the reply's token is about to end), whichever comes
    /// first. When the work is still running then, the reply gets its last edit (<paramref name="lastEdit"/>) while
    /// the token still accepts it, and false is returned: nothing further may be edited in. The work itself runs on.
    /// </summary>
    private async Task<bool> HandOverIfStillRunningAsync(Task running, Task handOver, ThrottledEdits edits, Func<Reply> lastEdit, bool full)
    {
        var first = await Task.WhenAny(running, handOver).ConfigureAwait(false);
        if (first != handOver || running.IsCompleted || !handOver.IsCompletedSuccessfully)
        {
            return true;
        }

        Log.ReindexOutlivesReply(logger, full);
        try
        {
            await edits.FinishAsync(lastEdit()).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reindex must still be awaited (the gate is held until it ends), so a lost last edit is only logged.
            Log.ReindexHandOverFailed(logger, exception);
        }

        return false;
    }

    /// <summary>
    /// Reports progress synchronously on the reporting thread: <see cref="System.Progress{T}"/> would post to a
    /// thread-pool queue and could deliver a stale stage after the summary.
    /// </summary>
    private sealed class Progress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
