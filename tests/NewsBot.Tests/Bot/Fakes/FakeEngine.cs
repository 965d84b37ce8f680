using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Indexing;
using NewsBot.Core.Recent;

namespace NewsBot.Tests.Bot.Fakes;

/// <summary>An answerer that gives a set answer (or throws a set exception) and records the requests.</summary>
internal sealed class FakeAnswerer : IQuestionAnswerer
{
    public Func<AskRequest, Answer> Answer { get; set; } = request => new Answer(AnswerOutcome.NotFound, request.Question, [], []);

    public List<AskRequest> Requests { get; } = [];

    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(Answer(request));
    }
}

/// <summary>An index that only reports statistics (what the bot reads from it).</summary>
internal sealed class FakeNewsIndex : INewsIndex
{
    public IndexStats Stats { get; set; } = new(
        12, 80, new DateTimeOffset(2025, 11, 22, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 11, 21, 0, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero),
        [new OutletStats("Reuters", 7, null, null), new OutletStats("Newsmax", 4, null, null), new OutletStats("AP News", 1, null, null)]);

    public IndexStats GetStats() => Stats;

    public IndexHealth CheckHealth() => IndexHealth.Ready;

    public Task<IndexUpdate> UpsertAsync(IReadOnlyList<AnalyzedArticle> articles, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexUpdate> RemoveAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IndexUpdate> ReplaceAllAsync(IReadOnlyList<AnalyzedArticle> articles, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<IReadOnlyCollection<string>> GetArticleIdsAsync(string sourceName, CancellationToken cancellationToken) => throw new NotSupportedException();
}

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
