using System.Text.RegularExpressions;
using NewsBot.Testing.Http;

namespace NewsBot.Tests.CommandLine;

/// <summary>
/// A feed configured with a user's password and an api key in its url: no verb prints them, and the status file does
/// not store them. The feeds are served on loopback; one answers, one fails.
/// </summary>
public sealed partial class SourceCredentialTests : IAsyncLifetime
{
    private const string Levy = "The Springfield council approved a transit levy on Tuesday by a vote of seven to two. The levy funds night buses until 2030.";

    private LoopbackHttpServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackHttpServer.StartAsync();
        _server.Serve("/feed", ServedResponse.Text(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Springfield Herald</title><link>/</link><description>Local news</description>" +
            $"<item><title>Council approves transit levy</title><link>{_server.Url("/news/levy")}</link><pubDate>Tue, 25 Nov 2025 09:00:00 GMT</pubDate><description>{Levy}</description></item>" +
            "<item><title>Bridge closed</title><link>/news/bridge</link><description>Engineers closed the Harbor Street bridge on Wednesday.</description></item>" +
            "</channel></rss>"));
        _server.Serve("/gone", ServedResponse.StatusCode(404));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_first_question_names_the_sources_it_builds_from_without_a_feeds_password_or_key()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync(["ask", "What did the Springfield council approve?"], Feeds());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("first use", result.Error, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", result.Error, StringComparison.Ordinal);
        AssertNoSecret(result.Output + result.Error);
        AssertNoSecret(await File.ReadAllTextAsync(Path.Combine(cli.IndexPath, "sources-status.json")));
    }

    [Fact]
    public async Task The_reindex_summary_in_text_and_json_shows_neither_a_feeds_password_nor_its_key()
    {
        using var cli = new CliRunner();

        var text = await cli.RunAsync(["reindex"], Feeds());
        var json = await cli.RunAsync(["reindex", "--json"], Feeds());

        Assert.Contains("wire: 2 read", text.Output, StringComparison.Ordinal);
        Assert.Contains("gone: FAILED", text.Output, StringComparison.Ordinal);
        AssertNoSecret(text.Output + text.Error);
        AssertNoSecret(json.Output + json.Error);
    }

    [Fact]
    public async Task Sources_in_text_and_json_and_the_status_file_show_a_feeds_url_without_its_password_or_key()
    {
        using var cli = new CliRunner();
        await cli.RunAsync(["reindex"], Feeds());

        var text = await cli.RunAsync(["sources"], Feeds());
        var json = await cli.RunAsync(["sources", "--json"], Feeds());

        Assert.Contains("wire (feed, http://***@127.0.0.1", text.Output, StringComparison.Ordinal);
        Assert.Contains("apikey=***", json.Output, StringComparison.Ordinal);
        AssertNoSecret(text.Output + text.Error);
        AssertNoSecret(json.Output + json.Error);
        var status = await File.ReadAllTextAsync(Path.Combine(cli.IndexPath, "sources-status.json"));
        Assert.Contains("\"wire\"", status, StringComparison.Ordinal);
        AssertNoSecret(status);
    }

    // The sample folder, then a working and a failing feed whose urls carry a user's password and an api key.
    private (string Key, string Value)[] Feeds() =>
    [
        .. Feed(1, "wire", "/feed"),
        .. Feed(2, "gone", "/gone"),
        ("Feeds:Retries", "0"),
        ("Feeds:FetchPages", "false"),
    ];

    private (string Key, string Value)[] Feed(int index, string name, string path) =>
    [
        ($"Sources:{index}:Name", name),
        ($"Sources:{index}:Kind", "Feed"),
        ($"Sources:{index}:Location", $"http://user:pass@127.0.0.1:{_server.BaseAddress.Port}{path}?apikey=secret"),
        ($"Sources:{index}:Outlet", "Springfield Herald"),
    ];

    // Whole words, so "passages" in a summary is not taken for the password.
    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotMatch(Secret(), text);
    }

    [GeneratedRegex(@"\b(pass|secret)\b")]
    private static partial Regex Secret();
}
