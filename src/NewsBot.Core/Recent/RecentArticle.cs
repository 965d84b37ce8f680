using NewsBot.Core.Answers;

namespace NewsBot.Core.Recent;

/// <summary>One line of the recent list: an article's citation and its lede.</summary>
public sealed record RecentArticle(Citation Citation, string Lede);
