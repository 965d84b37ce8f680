using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Answers;
using NewsBot.Core.Sources;
using NewsBot.Testing;
using NewsBot.Testing.Http;

namespace NewsBot.Maintenance.Tests.Refresh;

/// <summary>
/// Whose words a refresh keeps when two feeds claim one story url: the feed on the url's own host wins, as in a full
/// rebuild, whichever feed the index read first. The feeds are real, served on two loopback addresses.
/// </summary>
public sealed class RefreshStoryClaimTests
{
    private const string Genuine = "The harbor commission approved the dredging contract on Monday by a vote of six to one. Work on the north channel begins in March.";
    private const string Invented = "The harbor commission secretly banned fishing boats from the port for a decade. Critics were arrested outside the meeting.";
    private const string GenuineQuestion = "What contract did the harbor commission approve?";
    private const string InventedQuestion = "Who banned fishing boats from the port?";

    [Fact]
    public async Task A_feed_that_put_its_own_words_under_another_outlets_url_first_gives_way_to_that_outlets_copy_in_a_refresh()
    {
        await using var trusted = await LoopbackHttpServer.StartAsync("127.0.0.2");
        await using var impostor = await LoopbackHttpServer.StartAsync("127.0.0.1");
        var storyUrl = trusted.Url("/news/dredging").ToString();
        trusted.Serve("/rss", ServedResponse.Text(Rss("Trusted Times", storyUrl, Genuine)));
        impostor.Serve("/rss", ServedResponse.Text(Rss("Impostor", storyUrl, Invented)));
        using var directory = new TemporaryDirectory();
        using var host = MaintenanceFixture.Build(Settings(directory, ("impostor", impostor, "Impostor"), ("trusted", trusted, "Trusted Times")));
        var maintenance = host.Services.GetRequiredService<IndexMaintenance>();
        // The non-full reindex refreshes the sources in their configured order: the impostor's copy is indexed first.
        await maintenance.RunAsync(MaintenanceRequest.RefreshSource("impostor", RefreshMode.Incremental), null, CancellationToken.None);

        var report = await maintenance.RunAsync(MaintenanceRequest.RefreshSource("trusted", RefreshMode.Incremental), null, CancellationToken.None);

        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
        var answer = await answerer.AskAsync(new AskRequest(GenuineQuestion), CancellationToken.None);
        Assert.Equal(AnswerOutcome.Found, answer.Outcome);
        var story = Assert.Single(answer.Articles);
        Assert.Contains("approved the dredging contract", story.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("Trusted Times", story.Citation.Outlet);
        Assert.Equal(storyUrl, story.Citation.Url);
        Assert.Empty(story.Citation.AlsoCarriedBy);
        var forged = await answerer.AskAsync(new AskRequest(InventedQuestion), CancellationToken.None);
        Assert.DoesNotContain(forged.Articles.SelectMany(group => group.Quotes), quote => quote.Text.Contains("fishing boats", StringComparison.Ordinal));
        var underImpostor = await answerer.AskAsync(new AskRequest(GenuineQuestion, Outlet: "Impostor"), CancellationToken.None);
        Assert.NotEqual(AnswerOutcome.Found, underImpostor.Outcome);
        Assert.Equal(1, report.Update.Updated);
    }

    [Fact]
    public async Task A_refresh_from_the_outlets_own_feed_gives_way_to_nobody_and_a_later_forged_copy_is_not_credited_as_a_carrier()
    {
        await using var trusted = await LoopbackHttpServer.StartAsync("127.0.0.2");
        await using var impostor = await LoopbackHttpServer.StartAsync("127.0.0.1");
        var storyUrl = trusted.Url("/news/dredging").ToString();
        trusted.Serve("/rss", ServedResponse.Text(Rss("Trusted Times", storyUrl, Genuine)));
        impostor.Serve("/rss", ServedResponse.Text(Rss("Impostor", storyUrl, Invented)));
        using var directory = new TemporaryDirectory();
        using var host = MaintenanceFixture.Build(Settings(directory, ("trusted", trusted, "Trusted Times"), ("impostor", impostor, "Impostor")));

        var report = await host.Services.GetRequiredService<IndexMaintenance>().RunAsync(MaintenanceRequest.RefreshAll(RefreshMode.Incremental), null, CancellationToken.None);

        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest(GenuineQuestion), CancellationToken.None);
        var story = Assert.Single(answer.Articles);
        Assert.Equal("Trusted Times", story.Citation.Outlet);
        Assert.Empty(story.Citation.AlsoCarriedBy);
        var impostorReport = Assert.Single(report.Sources, source => source.SourceName == "impostor");
        Assert.Contains(impostorReport.Skipped, item => item.Reason.Contains("already indexed from source 'trusted'", StringComparison.Ordinal)
            && item.Reason.Contains("not credited", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_feed_that_carried_the_outlets_very_text_first_stays_credited_as_a_carrier_when_it_gives_way()
    {
        await using var trusted = await LoopbackHttpServer.StartAsync("127.0.0.2");
        await using var syndicator = await LoopbackHttpServer.StartAsync("127.0.0.1");
        var storyUrl = trusted.Url("/news/dredging").ToString();
        trusted.Serve("/rss", ServedResponse.Text(Rss("Trusted Times", storyUrl, Genuine)));
        syndicator.Serve("/rss", ServedResponse.Text(Rss("Coast Wire", storyUrl, Genuine)));
        using var directory = new TemporaryDirectory();
        using var host = MaintenanceFixture.Build(Settings(directory, ("syndicator", syndicator, "Coast Wire"), ("trusted", trusted, "Trusted Times")));

        await host.Services.GetRequiredService<IndexMaintenance>().RunAsync(MaintenanceRequest.RefreshAll(RefreshMode.Incremental), null, CancellationToken.None);

        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest(GenuineQuestion), CancellationToken.None);
        var story = Assert.Single(answer.Articles);
        Assert.Equal("Trusted Times", story.Citation.Outlet);
        Assert.Equal(["Coast Wire"], story.Citation.AlsoCarriedBy);
    }

    [Fact]
    public async Task A_rebuild_that_falls_back_to_refreshing_source_by_source_still_gives_the_story_to_the_outlet_whose_host_it_is_on()
    {
        await using var trusted = await LoopbackHttpServer.StartAsync("127.0.0.2");
        await using var impostor = await LoopbackHttpServer.StartAsync("127.0.0.1");
        var storyUrl = trusted.Url("/news/dredging").ToString();
        trusted.Serve("/rss", ServedResponse.Text(Rss("Trusted Times", storyUrl, Genuine)));
        impostor.Serve("/rss", ServedResponse.Text(Rss("Impostor", storyUrl, Invented)));
        impostor.Serve("/gone", ServedResponse.StatusCode(404));
        using var directory = new TemporaryDirectory();
        var settings = Settings(directory, ("impostor", impostor, "Impostor"), ("trusted", trusted, "Trusted Times"));
        settings["Sources:2:Name"] = "gone";
        settings["Sources:2:Kind"] = "Feed";
        settings["Sources:2:Location"] = impostor.Url("/gone").ToString();
        using var host = MaintenanceFixture.Build(settings);

        var report = await host.Services.GetRequiredService<IndexMaintenance>().RunAsync(MaintenanceRequest.RebuildAll(), null, CancellationToken.None);

        Assert.False(report.Swapped);
        var answer = await host.Services.GetRequiredService<IQuestionAnswerer>().AskAsync(new AskRequest(GenuineQuestion), CancellationToken.None);
        var story = Assert.Single(answer.Articles);
        Assert.Contains("approved the dredging contract", story.Quotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("Trusted Times", story.Citation.Outlet);
        Assert.Empty(story.Citation.AlsoCarriedBy);
    }

    private static Dictionary<string, string?> Settings(TemporaryDirectory directory, params (string Name, LoopbackHttpServer Server, string Outlet)[] feeds)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Index:Path"] = directory.Combine("lucene"),
            ["Index:Semantic"] = "false",
            ["Refresh:StatusPath"] = directory.Combine("sources-status.json"),
            ["Feeds:Retries"] = "0",
            ["Feeds:FetchPages"] = "false",
        };
        for (var index = 0; index < feeds.Length; index++)
        {
            settings[$"Sources:{index}:Name"] = feeds[index].Name;
            settings[$"Sources:{index}:Kind"] = "Feed";
            settings[$"Sources:{index}:Location"] = feeds[index].Server.Url("/rss").ToString();
            settings[$"Sources:{index}:Outlet"] = feeds[index].Outlet;
        }

        return settings;
    }

    /// <summary>A feed of one full-text item at <paramref name="link"/>, so no page is fetched.</summary>
    private static string Rss(string title, string link, string text) =>
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{title}</title><link>{link}</link><description>News</description>" +
        $"<item><title>Harbor dredging contract</title><link>{link}</link><guid>{link}</guid><pubDate>Mon, 24 Nov 2025 09:00:00 GMT</pubDate>" +
        $"<description>{text}</description></item></channel></rss>";
}
