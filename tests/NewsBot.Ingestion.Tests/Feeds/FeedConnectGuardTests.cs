using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Ingestion.Feeds;
using NewsBot.Testing.Http;

namespace NewsBot.Ingestion.Tests.Feeds;

/// <summary>
/// The feed client's last line of defence (issue 11 item 1): whatever checks ran before a request was sent, the
/// connection itself is refused at a private address unless the request's policy trusts the host, so a name that
/// resolved to a public address when checked and to an internal one when connecting (DNS rebinding) gets nowhere.
/// These requests skip FeedHttpFetcher's own check on purpose.
/// </summary>
public sealed class FeedConnectGuardTests
{
    [Fact]
    public async Task A_request_that_skipped_every_earlier_check_is_refused_at_the_private_address_it_would_connect_to()
    {
        await using var server = await LoopbackHttpServer.StartAsync("127.0.0.2");
        server.Serve("/internal", ServedResponse.Text("internal page", "text/plain"));
        using var host = Host();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => FeedClient(host).GetAsync(server.Url("/internal")));

        Assert.Contains(Chain(refused), exception => exception is AddressRefusedException);
        Assert.Equal(0, server.RequestCount("/internal"));
    }

    [Fact]
    public async Task A_request_whose_policy_trusts_the_host_is_connected_to_its_private_address()
    {
        await using var server = await LoopbackHttpServer.StartAsync("127.0.0.2");
        server.Serve("/feed", ServedResponse.Text("<rss/>"));
        using var host = Host();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url("/feed"));
        request.Options.Set(FetchPolicy.Key, new FetchPolicy(allowPrivateNetworks: false, ["127.0.0.2"]));

        using var response = await FeedClient(host).SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(1, server.RequestCount("/feed"));
    }

    private static HttpClient FeedClient(IHost host) => host.Services.GetRequiredService<IHttpClientFactory>().CreateClient(FeedSource.HttpClientName);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }

    private static IHost Host()
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Feeds:Retries"] = "0" });
        builder.Services.AddNewsFeeds();
        builder.Services.AddHttpClient(FeedSource.HttpClientName).AddHttpMessageHandler(() => new LoopbackOnlyHandler());
        return builder.Build();
    }
}
