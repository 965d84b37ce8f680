using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NewsBot.Core.Answers;
using NewsBot.Maintenance.Status;
using NewsBot.Testing;
using NewsBot.Testing.Http;

namespace NewsBot.Maintenance.Tests.Refresh;

/// <summary>The whole path a live story takes: a served feed, the scheduled refresh, the index, an answer.</summary>
public sealed class FeedRefreshToAnswerTests
{
    private const string Levy = "The Springfield city council voted 7 to 2 on Tuesday to approve a transit levy that will fund night bus service until 2030. Opponents said the levy would burden small landlords.";
    private const string Bridge = "State engineers closed the Harbor Street bridge on Wednesday after inspectors found cracks in two support beams. Repairs are expected to take three months.";

    [Fact]
    public async Task Story_added_to_a_served_feed_is_answerable_after_one_scheduled_refresh()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(Rss(server, ("levy", "Council approves transit levy", Levy))) with { ETag = "\"1\"" });
        server.Serve("/news/levy", ServedResponse.Html(Page("Council approves transit levy", Levy)));
        server.Serve("/news/bridge", ServedResponse.Html(Page("Harbor Street bridge closed", Bridge)));
        using var directory = new TemporaryDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));
        using var host = MaintenanceFixture.Build(
            new Dictionary<string, string?>
            {
                ["Index:Path"] = directory.Combine("lucene"),
                ["Index:Semantic"] = "false",
                ["Refresh:StatusPath"] = directory.Combine("status.json"),
                ["Feeds:Retries"] = "0",
                ["Sources:0:Name"] = "springfield",
                ["Sources:0:Kind"] = "Feed",
                ["Sources:0:Location"] = server.Url("/rss").ToString(),
                ["Sources:0:Outlet"] = "Springfield Herald",
            },
            services => services.AddSingleton<TimeProvider>(time));
        var store = host.Services.GetRequiredService<SourceStatusStore>();
        var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();

        await host.StartAsync();
        await WaitForAsync(store, status => status.ArticlesRead == 1);
        var before = await answerer.AskAsync(new AskRequest("Why did engineers close the Harbor Street bridge?"), CancellationToken.None);
        server.Serve("/rss", ServedResponse.Text(Rss(server, ("bridge", "Harbor Street bridge closed", Bridge), ("levy", "Council approves transit levy", Levy))) with { ETag = "\"2\"" });
        time.Advance(TimeSpan.FromMinutes(15));
        await WaitForAsync(store, status => status.ArticlesRead == 2);
        var after = await answerer.AskAsync(new AskRequest("Why did engineers close the Harbor Street bridge?"), CancellationToken.None);
        await host.StopAsync();

        Assert.NotEqual(AnswerOutcome.Found, before.Outcome);
        Assert.Equal(AnswerOutcome.Found, after.Outcome);
        Assert.Contains("cracks in two support beams", after.Articles[0].Quotes.Select(quote => quote.Text).First(), StringComparison.Ordinal);
        Assert.Equal("Springfield Herald", after.Articles[0].Citation.Outlet);
        Assert.Equal(2, server.RequestCount("/rss"));
    }

    private static async Task WaitForAsync(SourceStatusStore store, Func<SourceStatus, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var status = await store.ReadAsync("springfield", timeout.Token);
            if (status is not null && condition(status))
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>A feed whose items carry only a summary, so their pages (also served on loopback) are fetched.</summary>
    private static string Rss(LoopbackHttpServer server, params (string Id, string Title, string Text)[] items)
    {
        var entries = string.Concat(items.Select(item =>
            $"<item><title>{item.Title}</title><link>{server.Url("/news/" + item.Id)}</link><guid>{server.Url("/news/" + item.Id)}</guid>" +
            $"<pubDate>Wed, 26 Nov 2025 09:00:00 GMT</pubDate><description>{item.Text.Split(". ")[0]}.</description></item>"));
        return $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Springfield Herald</title><link>https://springfield.example/</link><description>Local news</description>{entries}</channel></rss>";
    }

    private static string Page(string title, string text)
        => $"<!DOCTYPE html><html><head><title>{title}</title><meta property=\"og:site_name\" content=\"Springfield Herald\"></head>" +
           $"<body><nav>Home | Politics | Sports</nav><article><h1>{title}</h1><p>{text}</p><p>{text}</p></article><footer>Contact us</footer></body></html>";
}
