namespace NewsBot.Core.Recent;

/// <summary>Newest articles first, and the dated events stated in them, newest first.</summary>
public sealed record RecentNews(IReadOnlyList<RecentArticle> Articles, IReadOnlyList<NewsEvent> Events);
