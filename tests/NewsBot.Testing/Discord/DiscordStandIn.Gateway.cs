using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NewsBot.Testing.Discord.Gateway;

namespace NewsBot.Testing.Discord;

public sealed partial class DiscordStandIn
{
    private StandInGateway? _gateway;

    /// <summary>The gateway half: its settings, the on-demand actions (dispatch, op 7, op 9, close, drop), the payload log and the signals.</summary>
    public StandInGateway Gateway => _gateway ??= new StandInGateway(Token, () => BaseAddress);

    partial void MapGateway(WebApplication app)
    {
        app.MapGet("/api/v10/gateway/bot", (HttpRequest request) => Gateway.GatewayBot(request));
        app.Map("/gateway", context => Gateway.AcceptAsync(context));
        app.Map("/resume-gateway", context => Gateway.AcceptAsync(context));
    }
}
