namespace NewsBot.Core.Recent;

/// <summary>Newest articles first, and the dated events stated in them, newest first.</summary>
public sealed record RecentNews(IReadOnlyList<RecentArticle> Articles, IReadOnlyList<NewsEvent> Events)
{
    /// <summary>
    /// Events dated after the newest article in the index, soonest first: what was expected when the news was written,
    /// kept apart so a date still to come is never listed above the news.
    /// </summary>
    public IReadOnlyList<NewsEvent> Expected { get; init; } = [];
}
