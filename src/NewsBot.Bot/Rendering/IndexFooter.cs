using NewsBot.Core.Formatting;
using NewsBot.Core.Indexing;

namespace NewsBot.Bot.Rendering;

/// <summary>
/// The footer of answers and lists: how fresh the news is (the newest article's date, which is what a member needs
/// to judge an answer; the day the index was built says nothing about that), how much is indexed, and the page.
/// </summary>
public static class IndexFooter
{
    /// <summary><c>newest article 21 Nov 2025 · 12 articles · page 1 of 3</c>; without dated articles only the count and page.</summary>
    public static string Create(IndexStats stats, int page = 0, int pageCount = 1)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var parts = new List<string>(3);
        if (stats.Newest is { } newest)
        {
            parts.Add($"newest article {DisplayFormat.Date(newest)}");
        }

        parts.Add(stats.Articles == 1 ? "1 article" : $"{BotFormat.Count(stats.Articles)} articles");
        if (pageCount > 1)
        {
            parts.Add($"page {page + 1} of {pageCount}");
        }

        return string.Join(" \u00B7 ", parts);
    }
}
