using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dates;
using NewsBot.Ingestion.Text;
using NewsBot.Maintenance;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Refresh;

public sealed class IndexRebuilderTests
{
    [Fact]
    public async Task Rebuild_indexes_every_source_and_swaps()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));

        var report = await engine.Get<IndexMaintenance>().RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

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
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        Directory.Delete(directory.Combine("mountain"), recursive: true);

        var report = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

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
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));

        var report = await engine.Get<IndexMaintenance>().RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

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
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "budget.md"));
        directory.WriteFile("wire/water.md", Articles.Water);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, cancellation.Token));

        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }

    [Fact]
    public async Task Rebuild_from_an_emptied_source_is_refused_and_the_index_keeps_answering()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "budget.md"));
        File.Delete(directory.Combine("wire", "water.md"));

        var report = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

        Assert.False(report.Swapped);
        Assert.False(report.Succeeded);
        Assert.Contains("would leave the index empty", report.Refusal, StringComparison.Ordinal);
        Assert.Equal(2, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }

    [Fact]
    public async Task Rebuild_that_would_remove_more_than_half_is_refused_unless_allowed_to_shrink()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        directory.WriteFile("wire/levy.md", Articles.Markdown("Council approves transit levy", "Springfield Herald", "https://springfield.example/levy", "2025-11-21", "The city council approved a transit levy for night buses on Tuesday."));
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "budget.md"));
        File.Delete(directory.Combine("wire", "water.md"));

        var refused = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        var articlesAfterRefusal = engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles;
        var allowed = await maintenance.RunAsync(MaintenanceRequest.RebuildAll() with { AllowShrink = true }, null, CancellationToken.None);

        Assert.Contains("would remove 2 of its 3 articles", refused.Refusal, StringComparison.Ordinal);
        Assert.Equal(3, articlesAfterRefusal);
        Assert.Null(allowed.Refusal);
        Assert.True(allowed.Swapped);
        Assert.Equal(1, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task A_rebuild_falling_back_because_a_source_failed_keeps_an_emptied_sources_articles_unless_allowed_to_shrink()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/levy.md", Articles.Markdown("Council approves transit levy", "Springfield Herald", "https://springfield.example/levy", "2025-11-21", "The city council approved a transit levy for night buses on Tuesday."));
        directory.WriteFile("mountain/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        Directory.Delete(directory.Combine("mountain"), recursive: true);
        File.Delete(directory.Combine("wire", "budget.md"));
        File.Delete(directory.Combine("wire", "levy.md"));

        var refused = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        var articlesAfterRefusal = engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles;
        var allowed = await maintenance.RunAsync(MaintenanceRequest.RebuildAll() with { AllowShrink = true }, null, CancellationToken.None);

        Assert.False(refused.Swapped);
        var wire = Assert.Single(refused.Sources, source => source.SourceName == "wire");
        Assert.Contains("no longer offers 2 of its 2 indexed articles", wire.Refusal, StringComparison.Ordinal);
        Assert.Equal(0, wire.Update.Removed);
        Assert.Equal(3, articlesAfterRefusal);
        Assert.Equal(2, allowed.Update.Removed);
        Assert.Equal(1, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task Rebuild_that_removes_half_or_less_is_swapped_in()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "water.md"));

        var report = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

        Assert.Null(report.Refusal);
        Assert.True(report.Swapped);
        Assert.Equal(1, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task Rebuild_skips_an_article_whose_analysis_outlasts_the_time_bound_with_the_reason_and_indexes_the_rest()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/stalled.md", Articles.Markdown("A text that never ends", "Example Wire", "https://example.org/stalled", "2025-11-19", $"The {StallingAnalyzer.Marker} council met for ever."));
        using var engine = new MaintenanceFixture(
            directory,
            services => services.AddSingleton<IArticleAnalyzer>(sp => new StallingAnalyzer(
                new ArticleAnalyzer(new SentenceSplitter(), new PassageBuilder(new PassageOptions()), new StatedDateExtractor(new SentenceSplitter())),
                TimeSpan.FromSeconds(1))),
            directory.Combine("wire"));

        var report = await engine.Get<IndexMaintenance>().RunAsync(MaintenanceRequest.RebuildAll() with { AllowShrink = true }, null, CancellationToken.None);

        Assert.True(report.Swapped);
        Assert.Equal(1, report.Update.Added);
        var skipped = Assert.Single(report.Skipped);
        Assert.Contains("stalled.md", skipped.Location, StringComparison.Ordinal);
        Assert.Contains("took longer than 1 s (Analysis:Timeout)", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rebuild_that_would_replace_every_indexed_article_with_as_many_new_ones_is_refused()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var maintenance = engine.Get<IndexMaintenance>();
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        File.Delete(directory.Combine("wire/budget.md"));
        File.Delete(directory.Combine("wire/water.md"));
        directory.WriteFile("wire/levy.md", Articles.Markdown("Council approves levy", "Example Wire", "https://example.org/levy", "2025-11-21", "The council approved a transit levy on Tuesday."));
        directory.WriteFile("wire/bridge.md", Articles.Markdown("Bridge closed", "Example Wire", "https://example.org/bridge", "2025-11-21", "Engineers closed the Harbor Street bridge on Wednesday."));

        var report = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

        Assert.False(report.Swapped);
        Assert.Contains("would remove 2 of its 2 articles", report.Refusal, StringComparison.Ordinal);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Where did the governors meet about river water?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
    }
}
