using NewsBot.Bot.Conversation;
using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>The footer of answers and lists: how much the index holds and as of when, and the page.</summary>
public static class IndexFooter
{
    /// <summary><c>12 articles indexed · as of 21 Nov 2025 · page 1 of 3</c>.</summary>
    public static string Create(IndexStats stats, int page = 0, int pageCount = 1)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var articles = stats.Articles == 1 ? "1 article" : $"{BotFormat.Count(stats.Articles)} articles";
        var text = $"{articles} indexed \u00B7 as of {DisplayFormat.Date(stats.UpdatedAt ?? stats.Newest)}";
        if (pageCount > 1)
        {
            text += $" \u00B7 page {page + 1} of {pageCount}";
        }

        return text;
    }
}
