namespace NewsBot.Core.Recent;

/// <summary>Filters for the newest articles and events.</summary>
/// <param name="Topic">Words the articles must be about, when set.</param>
/// <param name="Outlet">Only this outlet, when set.</param>
/// <param name="Days">Only the last N days, when set.</param>
/// <param name="Limit">How many articles and how many events at most.</param>
public sealed record RecentRequest(string? Topic = null, string? Outlet = null, int? Days = null, int Limit = 10);
