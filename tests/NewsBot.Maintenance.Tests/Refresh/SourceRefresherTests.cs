using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Analysis;
using NewsBot.Ingestion.Dedup;
using NewsBot.Ingestion.Sources;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Refresh;

public sealed class SourceRefresherTests
{
    [Fact]
    public async Task Full_refresh_removes_articles_the_source_no_longer_offers()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, folder);
        var source = engine.Get<ISourceCatalogue>().Sources.Single();
        var refresher = engine.Get<ISourceRefresher>();
        var first = await refresher.RefreshAsync(source, RefreshMode.Full, allowShrink: false, null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "water.md"));

        var second = await refresher.RefreshAsync(source, RefreshMode.Full, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(2, first.Update.Added);
        Assert.Equal(1, second.Update.Removed);
        Assert.Equal(1, second.Update.Unchanged);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Where did the governors meet about river water?"), CancellationToken.None);
        Assert.NotEqual(AnswerOutcome.Found, answer.Outcome);
    }

    [Fact]
    public async Task Incremental_refresh_keeps_articles_that_disappeared_from_the_source()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new MaintenanceFixture(directory, folder);
        var source = engine.Get<ISourceCatalogue>().Sources.Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "water.md"));

        var report = await refresher.RefreshAsync(source, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(0, report.Update.Removed);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Where did the governors meet about river water?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains("Denver", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_text_updates_the_article_under_the_same_id()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new MaintenanceFixture(directory, folder);
        var source = engine.Get<ISourceCatalogue>().Sources.Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        var idsBefore = await engine.Get<Core.Indexing.IStoryLookup>().GetArticleIdsAsync("wire", CancellationToken.None);
        directory.WriteFile("wire/budget.md", Articles.Budget.Replace("farm subsidies", "dairy subsidies", StringComparison.Ordinal));

        var report = await refresher.RefreshAsync(source, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(1, report.Update.Updated);
        Assert.Equal(0, report.Update.Added);
        Assert.Equal(idsBefore, await engine.Get<Core.Indexing.IStoryLookup>().GetArticleIdsAsync("wire", CancellationToken.None));
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Which subsidies did the Senate debate?"), CancellationToken.None);
        Assert.Contains("dairy", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_analyses_each_article_with_the_fingerprint_its_deduplication_worked_out()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        FingerprintRecordingAnalyzer? analyzer = null;
        using var engine = new MaintenanceFixture(
            directory,
            services => services.AddSingleton<IArticleAnalyzer>(provider => analyzer = new FingerprintRecordingAnalyzer(ActivatorUtilities.CreateInstance<ArticleAnalyzer>(provider))),
            directory.Combine("wire"));
        var source = engine.Get<ISourceCatalogue>().Sources.Single();

        var report = await engine.Get<ISourceRefresher>().RefreshAsync(source, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(2, report.Update.Added);
        Assert.NotNull(analyzer);
        Assert.Empty(analyzer.WorkedOut);
        Assert.Equal(2, analyzer.Given.Count);
        var budget = (await source.ReadAsync(CancellationToken.None)).Articles.Single(article => article.Title.StartsWith("Senate", StringComparison.Ordinal));
        Assert.Equal(TextFingerprints.Of(budget.Text).ContentHash, analyzer.Given[budget.Id].ContentHash);
    }

    [Fact]
    public async Task Missing_folder_is_reported_and_changes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new MaintenanceFixture(directory, folder);
        var source = engine.Get<ISourceCatalogue>().Sources.Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Full, allowShrink: false, null, CancellationToken.None);
        Directory.Delete(folder, recursive: true);

        var report = await refresher.RefreshAsync(source, RefreshMode.Full, allowShrink: false, null, CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Update.Removed);
        Assert.Single(await engine.Get<Core.Indexing.IStoryLookup>().GetArticleIdsAsync("wire", CancellationToken.None));
    }

    [Fact]
    public async Task A_source_that_asks_to_be_left_alone_passes_its_wait_to_the_report()
    {
        using var directory = new TemporaryDirectory();
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"));
        var busy = new Scheduling.FakeArticleSource("wire") { Failure = "HTTP 429", RetryAfter = TimeSpan.FromMinutes(90) };

        var report = await engine.Get<ISourceRefresher>().RefreshAsync(busy, RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal("HTTP 429", report.Failure);
        Assert.Equal(TimeSpan.FromMinutes(90), report.RetryAfter);
    }

    [Fact]
    public async Task Story_another_source_already_indexed_keeps_its_first_outlet_and_credits_the_second_at_once()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/budget.md", Articles.Budget
            .Replace("outlet: Example Wire", "outlet: Mountain Daily", StringComparison.Ordinal)
            .Replace("The Senate passed", "Late on Friday the Senate passed", StringComparison.Ordinal));
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var sources = engine.Get<ISourceCatalogue>().Sources;
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        var report = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        var again = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal((0, 1), (report.Update.Added, report.Update.Updated));
        Assert.Contains(report.Skipped, item => item.Reason == "already indexed from source 'wire' (same url); Mountain Daily credited as carrier");
        Assert.Equal((0, 0), (again.Update.Added, again.Update.Updated));
        Assert.Contains(again.Skipped, item => item.Reason == "already indexed from source 'wire' (same url); its outlet is credited already");
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        var citation = answer.Articles[0].Citation;
        Assert.Equal("Example Wire", citation.Outlet);
        Assert.Equal(["Mountain Daily"], citation.AlsoCarriedBy);
        Assert.DoesNotContain("Late on Friday", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        var filtered = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?", Outlet: "Mountain Daily"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, filtered.Outcome);
    }

    [Fact]
    public async Task A_credited_carrier_stays_credited_when_the_first_source_refreshes_its_story_again()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/budget.md", Articles.Budget.Replace("outlet: Example Wire", "outlet: Mountain Daily", StringComparison.Ordinal));
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var sources = engine.Get<ISourceCatalogue>().Sources;
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        directory.WriteFile("wire/budget.md", Articles.Budget.Replace("The Senate passed", "The Senate narrowly passed", StringComparison.Ordinal));

        var report = await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(1, report.Update.Updated);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Contains("narrowly", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Mountain Daily"], answer.Articles[0].Citation.AlsoCarriedBy);
    }

    private const string WireCopy =
        "The city council voted on Tuesday to approve a new budget that raises spending on public transit by twelve percent. " +
        "Council members debated the plan for more than four hours before the final vote, which passed eight to three. " +
        "The mayor said the money would pay for more frequent buses on the busiest routes and for repairs to aging stations. " +
        "Opponents argued that the city should first audit the transit agency, which has run over budget for three years in a row. " +
        "The budget takes effect in January, and the first new bus routes are expected to start running in the spring.";

    [Fact]
    public async Task Wire_copy_another_source_indexed_under_its_own_url_is_credited_not_indexed_twice_by_a_refresh()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Markdown("Council approves transit budget", "Example Wire", "https://wire.example/budget", "2025-11-20", WireCopy));
        directory.WriteFile("mountain/budget.md", Articles.Markdown(
            "Council passes budget with more buses", "Mountain Daily", "https://mountain.example/council-budget", "2025-11-20",
            WireCopy.Replace("The mayor said", "Mayor Jane Doe said", StringComparison.Ordinal) + " Reporting by the wire service."));
        directory.WriteFile("valley/budget.md", Articles.Markdown(
            "Transit budget approved", "Valley Times", "https://valley.example/transit", "2025-11-21", WireCopy + " Valley Times staff contributed."));
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"), directory.Combine("valley"));
        var sources = engine.Get<ISourceCatalogue>().Sources;
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        var mountain = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);
        var valley = await refresher.RefreshAsync(sources[2], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal((0, 1), (mountain.Update.Added, mountain.Update.Updated));
        Assert.Contains(mountain.Skipped, item => item.Reason ==
            "near-identical text to 'Council approves transit budget', already indexed from source 'wire'; Mountain Daily credited as carrier");
        Assert.Equal((0, 1), (valley.Update.Added, valley.Update.Updated));
        Assert.Equal(1, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("How much more will the city spend on transit?"), CancellationToken.None);
        Assert.Equal("Example Wire", answer.Articles[0].Citation.Outlet);
        Assert.Equal(["Mountain Daily", "Valley Times"], answer.Articles[0].Citation.AlsoCarriedBy);
    }

    [Fact]
    public async Task A_story_that_only_shares_a_paragraph_with_an_indexed_one_is_indexed_as_its_own()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Markdown("Council approves transit budget", "Example Wire", "https://wire.example/budget", "2025-11-20", WireCopy));
        directory.WriteFile("mountain/riders.md", Articles.Markdown(
            "Riders react to the transit budget", "Mountain Daily", "https://mountain.example/riders", "2025-11-21",
            "Riders at the central station gave mixed reviews of the plan on Wednesday, and several said delays had grown worse all year. " +
            "Transit advocates welcomed the extra buses but asked for a public timetable for the station repairs and a vote on fares. " +
            WireCopy[..WireCopy.IndexOf(" Council members", StringComparison.Ordinal)]));
        using var engine = new MaintenanceFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var sources = engine.Get<ISourceCatalogue>().Sources;
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        var report = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, allowShrink: false, null, CancellationToken.None);

        Assert.Equal(1, report.Update.Added);
        Assert.Empty(report.Skipped);
        Assert.Equal(2, engine.Get<Core.Indexing.IIndexStatistics>().GetStats().Articles);
    }
}
