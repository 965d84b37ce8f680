using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace NewsBot.Discord.Gateway;

/// <summary>Where the gateway is and how many sessions may start: <c>GET {ApiBaseUrl}/gateway/bot</c>.</summary>
internal interface IGatewayInfoSource
{
    /// <exception cref="DiscordGatewayException">The token was refused (401); retrying cannot help.</exception>
    /// <exception cref="HttpRequestException">Any other failure; worth retrying.</exception>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);
}

/// <summary>The one REST call the gateway makes itself, on an <see cref="HttpClient"/> from the factory.</summary>
internal sealed class GatewayInfoClient : IGatewayInfoSource
{
    /// <summary>Name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "NewsBot.Discord.Gateway";

    private readonly IHttpClientFactory _httpClients;
    private readonly Uri _apiBaseUrl;
    private readonly string _token;

    public GatewayInfoClient(IHttpClientFactory httpClients, Uri apiBaseUrl, string token)
    {
        _httpClients = httpClients;
        _apiBaseUrl = apiBaseUrl;
        _token = token;
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_apiBaseUrl.AbsoluteUri.TrimEnd('/') + "/gateway/bot"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _token);
        request.Headers.UserAgent.ParseAdd("DiscordBot (https://github.com/newsbot/newsbot, 1.0)");
        var client = _httpClients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new DiscordGatewayException(
                "Discord refused the bot token on GET /gateway/bot (401 Unauthorized): set Discord:Token to the token shown on the Bot page of the Developer Portal.");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET /gateway/bot answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync(GatewayJsonContext.Default.GatewayBotInfo, cancellationToken).ConfigureAwait(false)
            ?? throw new HttpRequestException("GET /gateway/bot answered with an empty body.");
    }
}
