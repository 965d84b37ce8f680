using Microsoft.Extensions.Logging;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// <c>@NewsBot question</c>: answers a message that addresses the bot with a reply carrying the same answer as
/// <c>/ask</c>. Which messages address the bot (people, not bots or webhooks) is the adapter's call.
/// </summary>
public sealed class MentionHandler(
    AskingService asking,
    IIndexStatistics index,
    PagingSessions<Answer> sessions,
    QueryCooldown cooldown,
    ButtonExpiry expiry,
    IChannelMessenger messenger,
    TimeProvider time,
    ILogger<MentionHandler> logger)
{
    /// <summary>Replies to one mention. An exception becomes a logged error and a short apology in reply.</summary>
    public async Task HandleAsync(MentionRequest mention, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mention);
        try
        {
            await AnswerAsync(mention, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, exception, "mention", mention.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                await messenger.ReplyToAsync(mention, Reply.Note(InteractionReply.Apology), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (apologyFailure is not OperationCanceledException)
            {
                Log.ApologyFailed(logger, apologyFailure, "mention");
            }
        }
    }

    private async Task AnswerAsync(MentionRequest mention, CancellationToken cancellationToken)
    {
        var asker = mention.Asker.UserId;
        if (AskHandler.QuestionProblem(mention.Question) is { } problem)
        {
            await messenger.ReplyToAsync(mention, Reply.Note(problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!cooldown.Admit(mention))
        {
            return;
        }

        var started = time.GetTimestamp();
        var answer = await asking.AskAsync(new AskRequest(mention.Question), cancellationToken).ConfigureAwait(false);
        var key = answer.Outcome == AnswerOutcome.Found && AnswerRenderer.PageCount(answer) > 1 ? sessions.Add(answer, asker) : null;
        var sent = await messenger.ReplyToAsync(mention, AnswerRenderer.Render(answer, 0, key, index.GetStats()), cancellationToken).ConfigureAwait(false);
        if (key is not null)
        {
            expiry.Schedule(token => messenger.EditAsync(mention.ChannelId, sent, Reply.WithoutButtons, token));
        }

        Log.QuestionAnswered(logger, "mention", mention.Asker.GuildId, mention.ChannelId, answer.Outcome.ToString(),
            (long)time.GetElapsedTime(started).TotalMilliseconds, false);
    }
}
