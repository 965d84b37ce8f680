using NewsBot.Core.Recent;

namespace NewsBot.Bot.Handlers;

/// <summary>A <c>/recent</c> list kept for paging: the articles, what was asked for, and the page size.</summary>
public sealed record RecentPages(RecentNews News, string Filters, int PageSize);
