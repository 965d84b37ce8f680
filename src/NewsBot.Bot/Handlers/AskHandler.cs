using Microsoft.Extensions.Logging;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// <c>/ask</c>: checks the question and the member's cooldown, acknowledges at once (deferred, ephemeral when
/// private), then edits the answer in: quotes with citations and "More quotes", or an honest "not found".
/// </summary>
public sealed class AskHandler(
    AskingService asking,
    IIndexStatistics index,
    PagingSessions<Answer> sessions,
    QueryCooldown cooldown,
    ButtonExpiry expiry,
    TimeProvider time,
    ILogger<AskHandler> logger)
{
    /// <summary>Handles one <c>/ask</c>.</summary>
    public async Task HandleAsync(InteractionReply reply, CommandArguments data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(data);
        var question = data.String("question")?.Trim() ?? string.Empty;
        var days = data.Integer("days");
        var isPrivate = data.Boolean("private") ?? false;
        if ((QuestionProblem(question) ?? AskBounds.DaysProblem(days, "days")) is { } problem)
        {
            await reply.EphemeralAsync(problem, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await cooldown.AdmitAsync(reply, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var started = time.GetTimestamp();
        await reply.DeferAsync(isPrivate, cancellationToken).ConfigureAwait(false);
        var answer = await asking.AskAsync(new AskRequest(question, data.String("source")?.Trim(), (int?)days), cancellationToken).ConfigureAwait(false);
        if (answer.Outcome == AnswerOutcome.Rejected)
        {
            // Edited into the deferred reply, private or public as the deferral made it: Discord documents a follow-up
            // right after a deferral as an edit of it that ignores the ephemeral flag, and says to edit instead
            // (interactions/receiving-and-responding.mdx, "Create Followup Message").
            await reply.EditAsync(Reply.Note(AnswerRenderer.Rejected(answer)), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var key = AnswerRenderer.PageCount(answer) > 1 ? sessions.Add(answer, reply.UserId, reply.Request.CreatedAt) : null;
            await reply.EditAsync(AnswerRenderer.Render(answer, 0, key, index.GetStats()), cancellationToken).ConfigureAwait(false);
            if (key is not null)
            {
                expiry.Schedule(reply.Request.CreatedAt, token => reply.EditAsync(Reply.WithoutButtons, token));
            }
        }

        Log.QuestionAnswered(logger, "slash command", reply.Asker.GuildId, reply.Asker.ChannelId, answer.Outcome.ToString(),
            (long)time.GetElapsedTime(started).TotalMilliseconds, isPrivate);
    }

    /// <summary>Why a question cannot be asked in Discord (empty: with an example of the command; too long: <see cref="AskBounds"/>), or null when it can.</summary>
    public static string? QuestionProblem(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Trim().Length == 0
            ? "Please type a question, for example `/ask question: What did Trump and Mamdani agree on?`"
            : AskBounds.QuestionProblem(question);
    }
}
