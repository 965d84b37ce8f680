using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;
using NewsBot.Discord.Interactions;

namespace NewsBot.Bot.Handlers;

/// <summary><c>/sources</c>: the outlets in the index with counts and dates (read from the index's statistics, which is quick).</summary>
public sealed class SourcesHandler(IIndexStatistics index)
{
    /// <summary>Handles one <c>/sources</c>.</summary>
    public Task HandleAsync(InteractionReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.RespondAsync(InteractionResponse.Message(SourcesRenderer.Render(index.GetStats())), cancellationToken);
    }
}
