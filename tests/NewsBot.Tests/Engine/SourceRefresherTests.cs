using NewsBot.Core.Answers;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Sources;
using NewsBot.Testing;

namespace NewsBot.Tests.Engine;

public sealed class SourceRefresherTests
{
    [Fact]
    public async Task Full_refresh_removes_articles_the_source_no_longer_offers()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("wire/water.md", Articles.Water);
        using var engine = new EngineFixture(directory, folder);
        var source = engine.Get<IArticleSourceProvider>().GetSources().Single();
        var refresher = engine.Get<ISourceRefresher>();
        var first = await refresher.RefreshAsync(source, RefreshMode.Full, null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "water.md"));

        var second = await refresher.RefreshAsync(source, RefreshMode.Full, null, CancellationToken.None);

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
        using var engine = new EngineFixture(directory, folder);
        var source = engine.Get<IArticleSourceProvider>().GetSources().Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Incremental, null, CancellationToken.None);
        File.Delete(directory.Combine("wire", "water.md"));

        var report = await refresher.RefreshAsync(source, RefreshMode.Incremental, null, CancellationToken.None);

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
        using var engine = new EngineFixture(directory, folder);
        var source = engine.Get<IArticleSourceProvider>().GetSources().Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Incremental, null, CancellationToken.None);
        var idsBefore = await engine.Get<Core.Indexing.INewsIndex>().GetArticleIdsAsync("wire", CancellationToken.None);
        directory.WriteFile("wire/budget.md", Articles.Budget.Replace("farm subsidies", "dairy subsidies", StringComparison.Ordinal));

        var report = await refresher.RefreshAsync(source, RefreshMode.Incremental, null, CancellationToken.None);

        Assert.Equal(1, report.Update.Updated);
        Assert.Equal(0, report.Update.Added);
        Assert.Equal(idsBefore, await engine.Get<Core.Indexing.INewsIndex>().GetArticleIdsAsync("wire", CancellationToken.None));
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("Which subsidies did the Senate debate?"), CancellationToken.None);
        Assert.Contains("dairy", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_folder_is_reported_and_changes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var folder = directory.Combine("wire");
        directory.WriteFile("wire/budget.md", Articles.Budget);
        using var engine = new EngineFixture(directory, folder);
        var source = engine.Get<IArticleSourceProvider>().GetSources().Single();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(source, RefreshMode.Full, null, CancellationToken.None);
        Directory.Delete(folder, recursive: true);

        var report = await refresher.RefreshAsync(source, RefreshMode.Full, null, CancellationToken.None);

        Assert.False(report.Succeeded);
        Assert.Equal(0, report.Update.Removed);
        Assert.Single(await engine.Get<Core.Indexing.INewsIndex>().GetArticleIdsAsync("wire", CancellationToken.None));
    }

    [Fact]
    public async Task Story_another_source_already_indexed_keeps_its_first_outlet_and_credits_the_second_at_once()
    {
        using var directory = new TemporaryDirectory();
        directory.WriteFile("wire/budget.md", Articles.Budget);
        directory.WriteFile("mountain/budget.md", Articles.Budget
            .Replace("outlet: Example Wire", "outlet: Mountain Daily", StringComparison.Ordinal)
            .Replace("The Senate passed", "Late on Friday the Senate passed", StringComparison.Ordinal));
        using var engine = new EngineFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var sources = engine.Get<IArticleSourceProvider>().GetSources();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, null, CancellationToken.None);

        var report = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, null, CancellationToken.None);
        var again = await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, null, CancellationToken.None);

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
        using var engine = new EngineFixture(directory, directory.Combine("wire"), directory.Combine("mountain"));
        var sources = engine.Get<IArticleSourceProvider>().GetSources();
        var refresher = engine.Get<ISourceRefresher>();
        await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, null, CancellationToken.None);
        await refresher.RefreshAsync(sources[1], RefreshMode.Incremental, null, CancellationToken.None);
        directory.WriteFile("wire/budget.md", Articles.Budget.Replace("The Senate passed", "The Senate narrowly passed", StringComparison.Ordinal));

        var report = await refresher.RefreshAsync(sources[0], RefreshMode.Incremental, null, CancellationToken.None);

        Assert.Equal(1, report.Update.Updated);
        var answer = await engine.Get<IQuestionAnswerer>().AskAsync(new AskRequest("What did the Senate pass?"), CancellationToken.None);
        Assert.Contains("narrowly", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Mountain Daily"], answer.Articles[0].Citation.AlsoCarriedBy);
    }
}
