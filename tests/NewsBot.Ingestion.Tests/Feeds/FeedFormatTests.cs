using System.Text;
using NewsBot.Ingestion.Files;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// Feeds in each format and encoding a server may send become articles: RSS 2.0, RSS 1.0, Atom, any
/// declared or served charset, compressed or not.
/// </summary>
public sealed class FeedFormatTests
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
}
