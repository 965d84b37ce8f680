using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Recent;

namespace NewsBot.Bot.Discord.Tests.Outbound;

/// <summary>Twelve recent articles, found only after <paramref name="takes"/> on the test's clock (a slow index).</summary>
internal sealed class SlowRecentNews(FakeTimeProvider clock, TimeSpan takes) : IRecentNews
{
    public Task<RecentNews> GetRecentAsync(RecentRequest request, CancellationToken cancellationToken)
    {
        clock.Advance(takes);
        var published = new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero);
        return Task.FromResult(new RecentNews(
            [.. Enumerable.Range(1, 12).Select(n => new RecentArticle(
                new Citation($"article-{n}", $"Headline number {n}", "Reuters", published.AddDays(-n), $"https://example.com/news/{n}"), $"Lede {n}."))],
            []));
    }
}
