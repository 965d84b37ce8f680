using System.Globalization;
using NewsBot.Bot.Commands;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Bot.Runtime;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;

namespace NewsBot.Bot.Handlers;

/// <summary><c>/recent</c>: the newest articles one line each, with paging buttons when there are more.</summary>
public sealed class RecentHandler(IRecentNews recentNews, IIndexStatistics index, PagingSessions<RecentPages> sessions, QueryCooldown cooldown, ButtonExpiry expiry)
{
    /// <summary>Lines per page when the member does not say.</summary>
    public const int DefaultCount = 10;

    /// <summary>Articles fetched for paging: enough for several pages, few enough to keep in memory for 15 minutes.</summary>
    public const int FetchLimit = 100;

    /// <summary>Handles one <c>/recent</c>.</summary>
    public async Task HandleAsync(InteractionReply reply, CommandArguments data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(data);
        var topic = data.String("topic")?.Trim();
        var outlet = data.String("source")?.Trim();
        var days = data.Integer("days");
        var count = data.Integer("count") ?? DefaultCount;
        if (days is < 1 or > AskBounds.MaxDays || count is < 1 or > BotCommands.MaxRecentCount)
        {
            await reply.EphemeralAsync(
                $"days must be between 1 and {AskBounds.MaxDays}, and count between 1 and {BotCommands.MaxRecentCount}.",
                cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!await cooldown.AdmitAsync(reply, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await reply.DeferAsync(isPrivate: false, cancellationToken).ConfigureAwait(false);
        var news = await recentNews.GetRecentAsync(new RecentRequest(topic, outlet, (int?)days, FetchLimit), cancellationToken).ConfigureAwait(false);
        var pages = new RecentPages(news, Filters(topic, outlet, days), (int)count);
        var key = RecentRenderer.PageCount(news, pages.PageSize) > 1 ? sessions.Add(pages, reply.UserId, reply.Request.CreatedAt) : null;
        await reply.EditAsync(RecentRenderer.Render(news, pages.Filters, 0, pages.PageSize, key, index.GetStats()), cancellationToken)
            .ConfigureAwait(false);
        if (key is not null)
        {
            expiry.Schedule(reply.Request.CreatedAt, token => reply.EditAsync(Reply.WithoutButtons, token));
        }
    }

    /// <summary>What was asked for, in a few words: <c>about "housing" · Reuters · last 7 days</c>.</summary>
    public static string Filters(string? topic, string? outlet, long? days)
    {
        var parts = new List<string>(3);
        if (topic is not null)
        {
            parts.Add($"about \u201C{topic}\u201D");
        }

        if (outlet is not null)
        {
            parts.Add(outlet);
        }

        if (days is { } n)
        {
            parts.Add(n == 1 ? "last day" : string.Create(CultureInfo.InvariantCulture, $"last {n} days"));
        }

        return string.Join(" \u00B7 ", parts);
    }
}
