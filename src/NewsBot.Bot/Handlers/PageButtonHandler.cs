using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary>
/// The paging buttons of answers and recent lists. Only the member who asked may page; after 15 minutes the buttons
/// are removed and the clicker told why.
/// </summary>
public sealed class PageButtonHandler(PagingSessions<Answer> answers, PagingSessions<RecentPages> recents, IIndexStatistics index)
{
    /// <summary>Told to a member paging someone else's answer.</summary>
    public const string NotYours = "Only the person who asked can page through these results. Ask your own with /ask or /recent.";

    /// <summary>Told to a member clicking a button whose 15 minutes are over.</summary>
    public const string Expired = "These buttons have expired (they work for 15 minutes). Ask again to get fresh results.";

    /// <summary>Handles one button click.</summary>
    public async Task HandleAsync(InteractionReply reply, ButtonClick click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(click);
        if (!PageButtons.TryParse(click.ButtonId, out var kind, out var key, out var page))
        {
            await reply.EphemeralAsync("This button is not one of mine any more.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var stats = index.GetStats();
        var (asker, message) = kind switch
        {
            PageButtons.Ask when answers.Find(key) is { } session
                => (session.AskerId, AnswerRenderer.Render(session.Content, page, key, stats)),
            PageButtons.Recent when recents.Find(key) is { } session
                => (session.AskerId, RecentRenderer.Render(session.Content.News, session.Content.Filters, page, session.Content.PageSize, key, stats)),
            _ => ((ulong?)null, (Reply?)null),
        };
        if (message is null)
        {
            // Remove the dead buttons from the message, then explain to the clicker alone.
            await reply.UpdateClickedAsync(Reply.WithoutButtons, cancellationToken).ConfigureAwait(false);
            await reply.FollowUpEphemeralAsync(Expired, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (asker != reply.UserId)
        {
            await reply.EphemeralAsync(NotYours, cancellationToken).ConfigureAwait(false);
            return;
        }

        await reply.UpdateClickedAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
