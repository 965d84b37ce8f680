using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary><c>/sources</c>: the outlets in the index with counts and dates (read from the index's statistics, which is quick).</summary>
public sealed class SourcesHandler(IIndexStatistics index, QueryCooldown cooldown)
{
    /// <summary>Handles one <c>/sources</c>.</summary>
    public async Task HandleAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (await cooldown.AdmitAsync(reply, cancellationToken).ConfigureAwait(false))
        {
            await reply.ReplyAsync(SourcesRenderer.Render(index.GetStats()), cancellationToken).ConfigureAwait(false);
        }
    }
}
