using System.Text;
using NewsBot.Core.Articles;
using NewsBot.Core.Sources;
using NewsBot.Ingestion.Files;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

public sealed class FeedSourceTests
{
    [Fact]
    public async Task Rss2_items_become_articles_with_plain_text_absolute_links_bylines_and_dates()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss.xml", ServedResponse.Text(FeedSamples.CapitolLedgerRss));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss.xml"), name: "ledger", label: "center").ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(4, batch.Articles.Count);
        var border = batch.Articles[0];
        Assert.Equal("Senate panel advances border funding bill", border.Title);
        Assert.Equal(
            "The Senate Appropriations Committee voted 18–11 on Tuesday to advance a $9.6 billion border funding bill.\n\n"
            + "Two Republicans joined Democrats in support, sending the measure to the floor before the December recess.",
            border.Text);
        Assert.Equal(server.Url("/politics/2025/11/25/senate-border-bill.html").ToString(), border.Url);
        Assert.Equal("Maria Alvarez", border.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 19, 3, 0, TimeSpan.Zero), border.Published);
        Assert.Equal("The Capitol Ledger & Review", border.Outlet);
        Assert.Equal("ledger", border.SourceName);
        Assert.Equal("center", border.Label);
        Assert.Equal(border.Url, border.Location);

        var map = batch.Articles[1];
        Assert.Equal("Daniel Okafor", map.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 21, 15, 0, TimeSpan.Zero), map.Published);
        Assert.Equal(ArticleIds.FromUrl("https://ledger.example/politics/2025/11/24/redistricting-map.html"), map.Id);
        Assert.Contains("Critics vowed to challenge it in court.\n\nThe map takes effect", map.Text, StringComparison.Ordinal);

        Assert.Equal(new DateTimeOffset(2025, 11, 23, 14, 30, 0, TimeSpan.Zero), batch.Articles[2].Published);
        Assert.Null(batch.Articles[3].Published);
    }

    [Fact]
    public async Task A_repeated_guid_keeps_the_first_item_and_reports_the_duplicate()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss.xml", ServedResponse.Text(FeedSamples.CapitolLedgerRss));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss.xml")).ReadAsync(CancellationToken.None);

        Assert.DoesNotContain(batch.Articles, a => a.Title.Contains("(updated)", StringComparison.Ordinal));
        var duplicate = Assert.Single(batch.Skipped);
        Assert.Contains("Duplicate", duplicate.Reason, StringComparison.Ordinal);
        Assert.Contains("ledger-48213", duplicate.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss1_rdf_feed_is_read_with_dublin_core_dates_and_creators()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rdf", ServedResponse.Text(FeedSamples.StatehouseRdf, "application/rdf+xml"));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rdf")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(["House passes pension overhaul after late-night session", "Ethics panel opens inquiry into travel spending"], batch.Articles.Select(a => a.Title));
        var pension = batch.Articles[0];
        Assert.Equal("https://statehouse.example/2025/11/25/pension-vote", pension.Url);
        Assert.Equal("Priya Natarajan", pension.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 7, 12, 0, TimeSpan.Zero), pension.Published);
        Assert.Equal("Statehouse Wire", pension.Outlet);
        Assert.StartsWith("The House voted 61-58 shortly after 1 a.m.", pension.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_feed_uses_the_alternate_link_resolved_against_the_feed_and_the_html_content()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/atom.xml", ServedResponse.Text(FeedSamples.BeltwayAtom, "application/atom+xml"));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/atom.xml"), outlet: "Beltway Brief (configured)").ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        var debt = batch.Articles[0];
        Assert.Equal("Treasury & Fed officials meet on debt ceiling", debt.Title);
        Assert.Equal(server.Url("/2025/11/25/debt-ceiling").ToString(), debt.Url);
        Assert.Equal("Sam Whitfield", debt.Author);
        Assert.Equal(new DateTimeOffset(2025, 11, 25, 10, 0, 0, TimeSpan.Zero), debt.Published);
        Assert.Equal(
            "Treasury and Federal Reserve officials met for two hours on Tuesday to discuss contingency plans should Congress fail to raise the debt ceiling.\n\nNeither side commented afterwards.",
            debt.Text);
        Assert.Equal("Beltway Brief (configured)", debt.Outlet);
        Assert.Equal("https://beltway.example/2025/11/24/tariff-case", batch.Articles[1].Url);
    }

    [Fact]
    public async Task Windows1252_feed_with_a_wrong_content_type_is_decoded_from_its_prolog()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var server = await LoopbackHttpServer.StartAsync();
        var xml = FeedSamples.FullTextRss("Le Café Politique", ("elysee", "Macron’s “reset” with Berlin", "Paris – the président’s aides said the talks were « très productives »."))
            .Replace("encoding=\"utf-8\"", "encoding=\"windows-1252\"", StringComparison.Ordinal);
        server.Serve("/feed", ServedResponse.Bytes(Encoding.GetEncoding(1252).GetBytes(xml), "text/html"));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/feed")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        var article = Assert.Single(batch.Articles);
        Assert.Equal("Macron’s “reset” with Berlin", article.Title);
        Assert.Equal("Paris – the président’s aides said the talks were « très productives ».", article.Text);
        Assert.Equal("Le Café Politique", article.Outlet);
    }

    [Fact]
    public async Task A_feed_without_an_encoding_declaration_is_decoded_with_the_charset_the_server_names()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await using var server = await LoopbackHttpServer.StartAsync();
        var xml = FeedSamples.FullTextRss("Gazette", ("a", "Café owners rally at city hall", "Owners said “enough” on Monday."))
            .Replace(" encoding=\"utf-8\"", string.Empty, StringComparison.Ordinal);
        server.Serve("/feed", ServedResponse.Bytes(Encoding.GetEncoding(1252).GetBytes(xml), "text/xml; charset=windows-1252"));
        using var host = FeedTestHost.Create();

        var article = Assert.Single((await host.Feed(server.Url("/feed")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal("Café owners rally at city hall", article.Title);
        Assert.Equal("Owners said “enough” on Monday.", article.Text);
    }

    [Fact]
    public async Task A_gzipped_iso_8859_1_feed_and_a_deflated_utf8_feed_with_a_bom_are_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var latin1 = FeedSamples.FullTextRss("Diário", ("a", "Eleição em São Paulo", "A votação começou às 8h."))
            .Replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal);
        server.Serve("/latin1", ServedResponse.Bytes(Encoding.Latin1.GetBytes(latin1)) with { Gzip = true });
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FeedSamples.BeltwayAtom)).ToArray();
        server.Serve("/bom", ServedResponse.Bytes(withBom, "application/xml") with { Deflate = true });
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var latinBatch = await host.Feed(server.Url("/latin1")).ReadAsync(CancellationToken.None);
        var bomBatch = await host.Feed(server.Url("/bom")).ReadAsync(CancellationToken.None);

        Assert.Equal("Eleição em São Paulo", Assert.Single(latinBatch.Articles).Title);
        Assert.Equal(2, bomBatch.Articles.Count);
        Assert.Contains("gzip", server.RequestsFor("/latin1")[0].Header("Accept-Encoding"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirected_feed_resolves_relative_links_against_the_address_it_moved_to()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/old-feed", ServedResponse.Redirect("/feeds/politics/rss.xml", 301));
        server.Serve("/feeds/politics/rss.xml", ServedResponse.Text(
            FeedSamples.SummaryOnlyRss("stories/budget-deal.html", "A full enough summary.")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/old-feed")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(server.Url("/feeds/politics/stories/budget-deal.html").ToString(), Assert.Single(batch.Articles).Url);
    }

    [Fact]
    public async Task Item_links_with_tracking_parameters_get_ids_without_them()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://Herald.Example/2025/budget-deal/?utm_source=rss&amp;id=7&amp;fbclid=abc#top", "Summary.")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(ArticleIds.FromUrl("https://herald.example/2025/budget-deal?id=7"), article.Id);
        Assert.Equal("https://herald.example/2025/budget-deal/?utm_source=rss&id=7&fbclid=abc#top", article.Url);
    }

    [Fact]
    public async Task A_republished_item_keeps_its_id_and_carries_the_new_date()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var link = "https://herald.example/2025/11/26/budget-deal";
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(link, "First version.", "Wed, 26 Nov 2025 22:10:00 GMT")));
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));
        var feed = host.Feed(server.Url("/rss"));
        var first = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(link, "Updated version.", "Thu, 27 Nov 2025 08:00:00 GMT")));
        var second = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(new DateTimeOffset(2025, 11, 27, 8, 0, 0, TimeSpan.Zero), second.Published);
        Assert.Equal("Updated version.", second.Text);
    }

    [Fact]
    public async Task An_unchanged_feed_answered_304_to_its_etag_is_reported_not_modified_with_the_previous_articles_and_nothing_is_reread()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/story").ToString())) with { ETag = "\"v1\"" });
        server.Serve("/story", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();
        var feed = host.Feed(server.Url("/rss"));
        var first = await feed.ReadAsync(CancellationToken.None);

        var second = await feed.ReadAsync(CancellationToken.None);

        Assert.Single(first.Articles);
        Assert.False(first.NotModified);
        Assert.True(second.Succeeded);
        Assert.True(second.NotModified);
        Assert.Equal(first.Articles, second.Articles);
        var requests = server.RequestsFor("/rss");
        Assert.Equal("\"v1\"", requests[1].Header("If-None-Match"));
        Assert.Equal(304, requests[1].Status);
        Assert.Equal(1, server.RequestCount("/story"));
    }

    [Fact]
    public async Task A_feed_with_only_last_modified_is_asked_if_modified_since_and_reread_when_it_changes()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var modified = new DateTimeOffset(2025, 11, 26, 10, 0, 0, TimeSpan.Zero);
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://herald.example/a", "Old.")) with { LastModified = modified });
        using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));
        var feed = host.Feed(server.Url("/rss"));
        await feed.ReadAsync(CancellationToken.None);
        var unchanged = await feed.ReadAsync(CancellationToken.None);

        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss("https://herald.example/a", "New.")) with { LastModified = modified.AddHours(1) });
        var changed = await feed.ReadAsync(CancellationToken.None);

        Assert.True(unchanged.NotModified);
        Assert.Equal("Wed, 26 Nov 2025 10:00:00 GMT", server.RequestsFor("/rss")[1].Header("If-Modified-Since"));
        Assert.False(changed.NotModified);
        Assert.Equal("New.", Assert.Single(changed.Articles).Text);
    }

    [Fact]
    public async Task A_summary_only_item_gets_the_readable_text_of_its_page()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/politics/budget-deal").ToString())));
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Contains("The agreement restores $310 million for school districts", article.Text, StringComparison.Ordinal);
        Assert.Contains("\"Nobody got everything they wanted, which is usually how you know it's a real compromise,\" Cole told reporters", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign up for our morning briefing", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Opinion", article.Text, StringComparison.Ordinal);
        Assert.Equal("Budget deal reached hours before shutdown deadline", article.Title);
    }

    [Fact]
    public async Task A_page_already_read_is_not_fetched_again_while_its_item_is_unchanged()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var story = server.Url("/politics/budget-deal").ToString();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(story)) with { ETag = "\"a\"" });
        server.Serve("/politics/budget-deal", ServedResponse.Html(FeedSamples.BudgetDealPage));
        using var host = FeedTestHost.Create();
        var feed = host.Feed(server.Url("/rss"));
        await feed.ReadAsync(CancellationToken.None);

        // The feed changes (new etag, another item's worth of bytes) but this item is the same.
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(story) + "\n") with { ETag = "\"b\"" });
        var again = Assert.Single((await feed.ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal(1, server.RequestCount("/politics/budget-deal"));
        Assert.Contains("$310 million", again.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(500)]
    public async Task A_page_that_fails_keeps_the_feed_summary(int status)
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/gone").ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        server.Serve("/gone", ServedResponse.StatusCode(status));
        using var host = FeedTestHost.Create();

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", Assert.Single(batch.Articles).Text);
        var reported = Assert.Single(batch.Skipped);
        Assert.Equal(server.Url("/gone").ToString(), reported.Location);
        Assert.Contains("keeps the feed's summary", reported.Reason, StringComparison.Ordinal);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), reported.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_beyond_the_per_read_budget_keep_their_summary_now_and_are_read_next_time()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var links = Enumerable.Range(0, 3).Select(i => server.Url($"/story/{i}")).ToArray();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(links)));
        foreach (var link in links)
        {
            server.Serve(link.AbsolutePath, ServedResponse.Html(FeedSamples.BudgetDealPage));
        }

        using var host = FeedTestHost.Create(("Feeds:MaxPagesPerRead", "2"));
        var feed = host.Feed(server.Url("/rss"));

        var first = await feed.ReadAsync(CancellationToken.None);
        var second = await feed.ReadAsync(CancellationToken.None);

        Assert.Equal(1, first.Articles.Count(a => a.Text.StartsWith("Summary", StringComparison.Ordinal)));
        Assert.All(second.Articles, a => Assert.Contains("$310 million", a.Text, StringComparison.Ordinal));
        Assert.All(links, link => Assert.Equal(1, server.RequestCount(link.AbsolutePath)));
    }

    [Fact]
    public async Task A_read_stops_fetching_pages_after_the_configured_failures_and_keeps_the_summaries()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var links = Enumerable.Range(0, 10).Select(i => server.Url($"/down/{i}")).ToArray();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummariesRss(links)));
        using var host = FeedTestHost.Create(("Feeds:MaxConcurrentRequests", "1"), ("Feeds:MaxPageFailuresPerRead", "5"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.Equal(10, batch.Articles.Count);
        Assert.All(batch.Articles, a => Assert.StartsWith("Summary", a.Text, StringComparison.Ordinal));
        Assert.Equal(5, server.Requests.Count(r => r.Path.StartsWith("/down/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_page_that_is_not_an_article_keeps_the_feed_summary()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.Serve("/rss", ServedResponse.Text(FeedSamples.SummaryOnlyRss(server.Url("/home").ToString(), "Lawmakers reached a tentative deal late Wednesday.")));
        server.Serve("/home", ServedResponse.Html(FeedSamples.FrontPage));
        using var host = FeedTestHost.Create();

        var article = Assert.Single((await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None)).Articles);

        Assert.Equal("Lawmakers reached a tentative deal late Wednesday.", article.Text);
    }

    [Fact]
    public async Task A_feed_file_is_read_and_its_relative_links_resolve_against_the_site_it_names()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-feed-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, FeedSamples.CapitolLedgerRss);
        try
        {
            using var host = FeedTestHost.Create(("Feeds:FetchPages", "false"));

            var batch = await host.Feed(path).ReadAsync(CancellationToken.None);
            var byFileUrl = await host.Feed(new Uri(path).ToString()).ReadAsync(CancellationToken.None);

            Assert.True(batch.Succeeded, batch.Failure);
            Assert.Equal("https://ledger.example/politics/2025/11/25/senate-border-bill.html", batch.Articles[0].Url);
            Assert.Equal(batch.Articles.Select(a => a.Id), byFileUrl.Articles.Select(a => a.Id));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_feed_file_is_a_failure_naming_the_file()
    {
        using var host = FeedTestHost.Create();
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-missing-{Guid.NewGuid():N}.xml");

        var batch = await host.Feed(path).ReadAsync(CancellationToken.None);

        Assert.False(batch.Succeeded);
        Assert.Contains(path, batch.Failure, StringComparison.Ordinal);
        Assert.Contains("does not exist", batch.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_server_error_is_retried_and_the_feed_read()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        server.ServeSequence("/rss", ServedResponse.StatusCode(503), ServedResponse.Text(FeedSamples.BeltwayAtom));
        using var host = FeedTestHost.Create(("Feeds:Retries", "2"), ("Feeds:RetryDelay", "00:00:00.010"), ("Feeds:FetchPages", "false"));

        var batch = await host.Feed(server.Url("/rss")).ReadAsync(CancellationToken.None);

        Assert.True(batch.Succeeded, batch.Failure);
        Assert.Equal(2, batch.Articles.Count);
        Assert.Equal(2, server.RequestCount("/rss"));
    }
}
