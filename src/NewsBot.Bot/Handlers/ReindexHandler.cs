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
/// time and not back to back. The reply shows progress while it runs and the summary at the end; questions keep being answered meanwhile.
/// </summary>
public sealed class ReindexHandler(AdminPolicy policy, ReindexGate gate, IReindexer reindexer, TimeProvider time, ILogger<ReindexHandler> logger)
{
    /// <summary>Told to a member who is not an admin.</summary>
    public const string NotAdmin = "Only the admins named in the bot's settings (or, in the servers its operator named, members with Manage Server) can reindex.";

    /// <summary>Told when a reindex already runs.</summary>
    public const string AlreadyRunning = "A reindex is already running; its reply shows the progress. Try again when it has finished.";

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

        try
        {
            var full = arguments.Boolean("full") ?? false;
            var allowShrink = arguments.Boolean("allow_shrink") ?? false;
            Log.ReindexStarted(logger, full, reply.UserId);
            // Private: the summary names sources and their failures, which are for the admin, not the channel.
            await reply.DeferAsync(isPrivate: true, cancellationToken).ConfigureAwait(false);
            var started = time.GetTimestamp();
            var edits = new ThrottledEdits(reply.EditAsync, time, logger, cancellationToken);
            var progress = new Progress(report => edits.TryPost(ReindexRenderer.Progress(full, report, time.GetElapsedTime(started))));
            ReindexSummary summary;
            try
            {
                summary = await reindexer.RunAsync(full, allowShrink, progress, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.HandlerFailed(logger, exception, "reindex", full ? "full" : "incremental");
                await edits.FinishAsync(ReindexRenderer.Failed()).ConfigureAwait(false);
                return;
            }

            Log.ReindexFinished(logger, full, summary.Elapsed.TotalSeconds, summary.Read, summary.Update.Added, summary.Update.Updated,
                summary.Update.Removed, summary.Skipped.Count());
            await edits.FinishAsync(ReindexRenderer.Summary(summary)).ConfigureAwait(false);
        }
        finally
        {
            gate.Exit();
        }
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
