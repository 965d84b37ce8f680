using NewsBot.Bot.Conversation;
using NewsBot.Bot.Rendering;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Handlers;

/// <summary>Suggests outlets from the index as a member types the <c>source</c> option.</summary>
public sealed class AutocompleteHandler(IIndexStatistics index)
{
    /// <summary>Answers one autocomplete request with up to 25 outlets: those starting with what was typed first, then those containing it.</summary>
    public Task HandleAsync(InteractionReply reply, SuggestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<Suggestion> choices = request.Option == "source" ? Suggest(index.GetStats(), request.Typed) : [];
        return reply.SuggestAsync(choices, cancellationToken);
    }

    /// <summary>The suggestions for <paramref name="typed"/>, best first.</summary>
    public static IReadOnlyList<Suggestion> Suggest(IndexStats stats, string typed)
    {
        ArgumentNullException.ThrowIfNull(stats);
        typed = typed?.Trim() ?? string.Empty;
        return
        [
            .. stats.Outlets
                .Where(outlet => outlet.Outlet.Length is > 0 and <= 100 && !outlet.IsNoOutlet
                    && outlet.Outlet.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(outlet => outlet.Outlet.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .ThenByDescending(outlet => outlet.Articles)
                .ThenBy(outlet => outlet.Outlet, StringComparer.OrdinalIgnoreCase)
                .Take(ReplyLimits.Suggestions)
                .Select(outlet => new Suggestion(Name(outlet), outlet.Outlet)),
        ];
    }

    private static string Name(OutletStats outlet)
        => TextCut.AtWord($"{outlet.Outlet} ({BotFormat.Count(outlet.Articles)})", ReplyLimits.SuggestionName);
}
