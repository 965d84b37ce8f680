using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Testing.Discord.Gateway;

namespace NewsBot.Testing.Discord;

public sealed partial class DiscordStandIn
{
    private StandInGateway? _gateway;
    private WebApplication? _resumeApp;
    private Uri? _resumeAddress;

    /// <summary>The gateway half: its settings, the on-demand actions (dispatch, op 7, op 9, close, drop), the payload log and the signals.</summary>
    public StandInGateway Gateway => _gateway ??= new StandInGateway(Token, () => BaseAddress, () => _resumeAddress ?? BaseAddress);

    /// <summary>
    /// Takes the listener of <c>resume_gateway_url</c> down: connections to it are refused from now on, as when the
    /// host Discord named for resuming is gone, while <c>GET /gateway/bot</c>'s URL keeps working.
    /// </summary>
    public async Task TakeDownResumeGatewayAsync()
    {
        if (_resumeApp is { } app)
        {
            _resumeApp = null;
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    partial void MapGateway(WebApplication app)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpRequest request) => Gateway.GatewayBot(request));
        app.Map("/gateway", context => Gateway.AcceptAsync(context));
    }

    /// <summary>
    /// Discord names another host for resuming than for connecting (READY's <c>resume_gateway_url</c>), so the
    /// stand-in serves it from a second listener that a test can take down on its own.
    /// </summary>
    private async Task StartResumeGatewayAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseWebSockets();
        app.Map("/resume-gateway", context => Gateway.AcceptAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _resumeAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _resumeApp = app;
    }
}
