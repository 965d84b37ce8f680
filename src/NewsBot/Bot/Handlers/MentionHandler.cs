using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Discord;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Interactions;
using NewsBot.Discord.Models;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// <c>@NewsBot question</c>: answers a message that mentions the bot with a reply carrying the same answer as
/// <c>/ask</c>. Messages from bots (the bot itself included) and webhooks are ignored, so the bot never answers itself.
/// </summary>
public sealed partial class MentionHandler(
    BotIdentity identity,
    IQuestionAnswerer answerer,
    IIndexStatistics index,
    PagingSessions<Answer> sessions,
    CooldownTracker cooldown,
    ButtonExpiry expiry,
    IChannelMessenger messenger,
    TimeProvider time,
    ILogger<MentionHandler> logger)
{
    /// <summary>True when the message is for the bot: mentions it and comes from a person.</summary>
    public bool IsForBot(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return identity.UserId is { } bot
            && message.Author is { Bot: false }
            && message.WebhookId is null
            && message.Mentions.Any(user => user.Id == bot);
    }

    /// <summary>
    /// Replies to one message that <see cref="IsForBot"/> accepted. An exception becomes a logged error and a short
    /// apology in reply.
    /// </summary>
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await AnswerAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerFailed(logger, exception, "mention", message.Id.ToString());
            try
            {
                await ReplyAsync(message, new MessagePayload { Content = InteractionReply.Apology }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception apologyFailure) when (apologyFailure is not OperationCanceledException)
            {
                Log.ApologyFailed(logger, apologyFailure, "mention");
            }
        }
    }

    private async Task AnswerAsync(Message message, CancellationToken cancellationToken)
    {
        var asker = message.Author!.Id.Value;
        var question = StripMention(message.Content, identity.UserId!.Value);
        if (AskHandler.QuestionProblem(question) is { } problem)
        {
            await ReplyAsync(message, new MessagePayload { Content = problem }, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!cooldown.TryAccept(asker, out var retryAfter))
        {
            Log.CoolingDown(logger, asker, retryAfter.TotalSeconds);
            await ReplyAsync(message, new MessagePayload { Content = AskHandler.CooldownNote(retryAfter) }, cancellationToken).ConfigureAwait(false);
            return;
        }

        var started = time.GetTimestamp();
        var answer = await answerer.AskAsync(new AskRequest(question), cancellationToken).ConfigureAwait(false);
        var key = answer.Outcome == AnswerOutcome.Found && AnswerRenderer.PageCount(answer) > 1 ? sessions.Add(answer, asker) : null;
        var reply = await ReplyAsync(message, AnswerRenderer.Render(answer, 0, key, index.GetStats()), cancellationToken).ConfigureAwait(false);
        if (key is not null)
        {
            expiry.Schedule(token => messenger.EditAsync(message.ChannelId, reply, new MessagePayload { Components = [] }, token));
        }
        Log.QuestionAnswered(logger, "mention", message.GuildId?.Value, message.ChannelId.Value, answer.Outcome.ToString(),
            (long)time.GetElapsedTime(started).TotalMilliseconds, false);
    }

    /// <summary>The message's text without the bot's mentions (<c>&lt;@id&gt;</c> or the older <c>&lt;@!id&gt;</c>), trimmed.</summary>
    public static string StripMention(string content, Snowflake botId)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = MentionPattern().Replace(content, match => match.Groups["id"].Value == botId.ToString() ? " " : match.Value);
        return MultipleSpaces().Replace(text, " ").Trim();
    }

    private Task<Snowflake> ReplyAsync(Message message, MessagePayload reply, CancellationToken cancellationToken)
        => messenger.SendAsync(message.ChannelId, reply with
        {
            MessageReference = new MessageReference(message.Id) { ChannelId = message.ChannelId, GuildId = message.GuildId, FailIfNotExists = false },
        }, cancellationToken);

    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex MultipleSpaces();
}
