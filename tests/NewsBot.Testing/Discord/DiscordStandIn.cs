using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Testing.Discord;

/// <summary>
/// A loopback Discord: a WebSocket gateway and the REST routes a bot uses, on 127.0.0.1 with a free port,
/// behaving as Discord does so the client can be tested without reaching Discord.
/// The gateway half lives in <c>DiscordStandIn.Gateway.cs</c>, the REST half in <c>DiscordStandIn.Rest.cs</c>.
/// </summary>
public sealed partial class DiscordStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DiscordStandIn(WebApplication app, string token, TimeProvider clock)
    {
        _app = app;
        Token = token;
        Clock = clock;
    }

    /// <summary>
    /// The token the stand-in accepts unless told otherwise: shaped like a real bot token (the bot user id in base64,
    /// then two dot-separated parts) so client libraries that check a token's shape accept it, and valid nowhere else.
    /// </summary>
    public const string DefaultToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gstand.in-only-token-never-valid-on-discord-01";

    /// <summary>The stand-in's clock for REST: interaction deadlines and token lifetimes are counted on it.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The bot token the stand-in accepts; any other is refused as Discord would.</summary>
    public string Token { get; }

    /// <summary>Root address, for example <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The value for <c>Discord:ApiBaseUrl</c>: <c>{BaseAddress}/api/v10</c>.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "/api/v10");

    /// <summary>Starts a stand-in on a free loopback port; REST deadlines run on <paramref name="clock"/> (default: the system clock).</summary>
    public static async Task<DiscordStandIn> StartAsync(string token = DefaultToken, CancellationToken cancellationToken = default, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        var standIn = new DiscordStandIn(app, token, clock ?? TimeProvider.System);
        standIn.MapGateway(app);
        standIn.MapRest(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseAddress = new Uri(address);
        await standIn.StartResumeGatewayAsync(cancellationToken).ConfigureAwait(false);
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await TakeDownResumeGatewayAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Maps the gateway WebSocket and <c>GET /api/v10/gateway/bot</c>.</summary>
    partial void MapGateway(WebApplication app);

    /// <summary>Maps the REST routes, their rate limits and the request log.</summary>
    partial void MapRest(WebApplication app);
}
