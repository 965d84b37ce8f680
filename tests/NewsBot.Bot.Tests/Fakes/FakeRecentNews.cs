using NewsBot.Core.Recent;

namespace NewsBot.Bot.Tests.Fakes;

/// <summary>Recent news from a set list, recording the requests.</summary>
internal sealed class FakeRecentNews : IRecentNews
{
    public RecentNews News { get; set; } = new([], []);

    public List<RecentRequest> Requests { get; } = [];

    public Task<RecentNews> GetRecentAsync(RecentRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(News);
    }
}
