using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Core.Indexing;
using NewsBot.Core.Sources;
using NewsBot.Testing;

namespace NewsBot.Maintenance.Tests.Refresh;

/// <summary>What a feed once offered is the archive: it stays indexed when it leaves the feed, until its retention passes.</summary>
public sealed class FeedArchiveTests
{
    private static readonly DateTimeOffset Now = new(2025, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly (string Id, string Text)[] Stories =
    [
        ("levy", "The Springfield city council voted on Tuesday to approve a transit levy for night buses."),
        ("bridge", "State engineers closed the Harbor Street bridge after inspectors found cracks in its beams."),
        ("library", "The county library board agreed to open three branches on Sundays from January."),
        ("stadium", "Voters in Riverton rejected a bond measure that would have paid for a new stadium."),
        ("wells", "Farmers near Dry Creek said their wells ran dry for the first time in forty years."),
        ("ferry", "The ferry operator cancelled winter crossings to the island after a second engine failure."),
    ];

    [Fact]
    public async Task Articles_that_left_the_feed_stay_through_full_reindexes_and_source_refreshes()
    {
        using var directory = new TemporaryDirectory();
        using var host = Build(directory, keepDays: null, new FakeTimeProvider(Now));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();

        WriteFeed(directory, ("levy", "2025-11-24"), ("bridge", "2025-11-24"));
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        WriteFeed(directory, ("library", "2025-11-25"), ("stadium", "2025-11-25"));
        var rebuilt = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        WriteFeed(directory, ("wells", "2025-11-26"), ("ferry", "2025-11-26"));
        var refreshed = await maintenance.RunAsync(MaintenanceRequest.RefreshSource("springfield", RefreshMode.Full), null, CancellationToken.None);

        Assert.True(rebuilt.Swapped);
        Assert.Equal(0, rebuilt.Update.Removed);
        Assert.Equal(2, rebuilt.Update.Added);
        Assert.Equal(0, refreshed.Update.Removed);
        Assert.Equal(6, host.Services.GetRequiredService<IIndexStatistics>().GetStats().Articles);
        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest("Why did engineers close the Harbor Street bridge?"), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        Assert.Contains("cracks in its beams", answer.Articles[0].Quotes[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepDays_removes_an_article_that_left_the_feed_once_its_days_have_passed_and_keeps_the_rest()
    {
        using var directory = new TemporaryDirectory();
        using var host = Build(directory, keepDays: 3, new FakeTimeProvider(Now));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();

        WriteFeed(directory, ("levy", "2025-11-20"), ("bridge", "2025-11-25"));
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        WriteFeed(directory, ("library", "2025-11-26"));
        var rebuilt = await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

        Assert.Equal(1, rebuilt.Update.Removed);
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        Assert.NotEqual(AnswerOutcome.Found, (await answerer.AskAsync(new AskRequest("What did the council approve for night buses?"), CancellationToken.None)).Outcome);
        Assert.Equal(AnswerOutcome.Found, (await answerer.AskAsync(new AskRequest("Why did engineers close the Harbor Street bridge?"), CancellationToken.None)).Outcome);
        Assert.Equal(2, host.Services.GetRequiredService<IIndexStatistics>().GetStats().Articles);
    }

    [Fact]
    public async Task An_explicit_prune_removes_what_left_the_feed_and_keeps_what_it_offers()
    {
        using var directory = new TemporaryDirectory();
        using var host = Build(directory, keepDays: null, new FakeTimeProvider(Now));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();
        WriteFeed(directory, ("levy", "2025-11-24"), ("bridge", "2025-11-24"));
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        WriteFeed(directory, ("bridge", "2025-11-24"), ("library", "2025-11-25"), ("stadium", "2025-11-25"));
        await maintenance.RunAsync(MaintenanceRequest.RefreshSource("springfield", RefreshMode.Full), null, CancellationToken.None);

        var pruned = await maintenance.RunAsync(MaintenanceRequest.RefreshSource("springfield", RefreshMode.Prune), null, CancellationToken.None);

        Assert.True(pruned.Succeeded);
        Assert.Equal(1, pruned.Update.Removed);
        Assert.Equal(3, host.Services.GetRequiredService<IIndexStatistics>().GetStats().Articles);
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        Assert.NotEqual(AnswerOutcome.Found, (await answerer.AskAsync(new AskRequest("What did the council approve for night buses?"), CancellationToken.None)).Outcome);
        Assert.Equal(AnswerOutcome.Found, (await answerer.AskAsync(new AskRequest("Why did engineers close the Harbor Street bridge?"), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_prune_that_would_remove_most_of_a_feed_s_articles_is_refused_unless_allowed()
    {
        using var directory = new TemporaryDirectory();
        using var host = Build(directory, keepDays: null, new FakeTimeProvider(Now));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();
        WriteFeed(directory, ("levy", "2025-11-24"), ("bridge", "2025-11-24"), ("library", "2025-11-25"));
        await maintenance.RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);
        WriteFeed(directory, ("ferry", "2025-11-26"));

        var refused = await maintenance.RunAsync(MaintenanceRequest.RefreshSource("springfield", RefreshMode.Prune), null, CancellationToken.None);
        var allowed = await maintenance.RunAsync(MaintenanceRequest.RefreshSource("springfield", RefreshMode.Prune) with { AllowShrink = true }, null, CancellationToken.None);

        Assert.NotNull(refused.Sources[0].Refusal);
        Assert.Equal(0, refused.Update.Removed);
        Assert.Equal(3, allowed.Update.Removed);
        Assert.Equal(1, host.Services.GetRequiredService<IIndexStatistics>().GetStats().Articles);
    }

    private static IHost Build(TemporaryDirectory directory, int? keepDays, TimeProvider time)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Index:Path"] = directory.Combine("lucene"),
            ["Index:Semantic"] = "false",
            ["Refresh:StatusPath"] = directory.Combine("status.json"),
            ["Feeds:FetchPages"] = "false",
            ["Sources:0:Name"] = "springfield",
            ["Sources:0:Kind"] = "Feed",
            ["Sources:0:Location"] = directory.Combine("feed.xml"),
            ["Sources:0:Outlet"] = "Springfield Herald",
        };
        if (keepDays is { } days)
        {
            settings["Sources:0:KeepDays"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return MaintenanceFixture.Build(settings, services => services.AddSingleton(time));
    }

    private static void WriteFeed(TemporaryDirectory directory, params (string Id, string Published)[] items)
    {
        var entries = string.Concat(items.Select(item =>
        {
            var text = Stories.Single(story => story.Id == item.Id).Text;
            var published = DateTimeOffset.Parse(item.Published + "T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
            return $"<item><title>{item.Id} story</title><link>https://springfield.example/news/{item.Id}</link><guid>https://springfield.example/news/{item.Id}</guid>"
                + $"<pubDate>{published}</pubDate><description>{text} {text.Replace("The ", "Officials said the ", StringComparison.Ordinal)}</description></item>";
        }));
        directory.WriteFile("feed.xml", $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Springfield Herald</title><link>https://springfield.example/</link><description>Local news</description>{entries}</channel></rss>");
    }
}
