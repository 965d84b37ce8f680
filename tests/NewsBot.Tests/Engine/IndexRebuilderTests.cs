using NewsBot.Core.Answers;
using NewsBot.Ingestion.Refresh;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine;

public sealed class IndexRebuilderTests
{
    [Fact]
    public async Task Rebuild_indexes_every_source_and_swaps()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/water.md", Articles.Water);
        using var engine = new EngineFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));

        var report = await engine.Get<IndexRebuilder>().RebuildAsync(null, CancellationToken.None);

        Assert.True(report.Swapped);
        Assert.Equal(2, report.Read);
        Assert.Equal(2, report.Update.Added);
        Assert.Equal(2, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task Rebuild_with_a_failing_source_keeps_that_sources_articles()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/water.md", Articles.Water);
        using var engine = new EngineFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var rebuilder = engine.Get<IndexRebuilder>();
        await rebuilder.RebuildAsync(null, CancellationToken.None);
        Directory.Delete(directory.Combine("mountain"), recursive: true);

        var report = await rebuilder.RebuildAsync(null, CancellationToken.None);

        Assert.False(report.Swapped);
        Assert.False(report.Succeeded);
        Assert.Contains(report.Sources, source => source.SourceName == "mountain" && !source.Succeeded);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Where did the governors meet about river water?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }

    [Fact]
    public async Task Same_story_in_two_sources_is_indexed_once_and_reported()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/budget-copy.md", Articles.Budget.Replace("outlet: Example Wire", "outlet: Mountain Daily", StringComparison.Ordinal));
        using var engine = new EngineFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));

        var report = await engine.Get<IndexRebuilder>().RebuildAsync(null, CancellationToken.None);

        Assert.Equal(1, report.Update.Added);
        var duplicate = Assert.Single(report.Skipped);
        Assert.Contains("budget-copy.md", duplicate.Location, StringComparison.Ordinal);
        Assert.Equal(1, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task Cancelled_rebuild_leaves_the_old_index_answering()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new EngineFixture(directory, directory.Combine("wire"));
        var rebuilder = engine.Get<IndexRebuilder>();
        await rebuilder.RebuildAsync(null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "budget.md"));
        directory.WriteFile("wire/water.md", Articles.Water);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => rebuilder.RebuildAsync(null, cancellation.Token));

        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }
}
