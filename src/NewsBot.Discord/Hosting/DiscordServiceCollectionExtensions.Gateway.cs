using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Discord.Gateway;

namespace NewsBot.Discord.Hosting;

public static partial class DiscordServiceCollectionExtensions
{
    static partial void AddGateway(IServiceCollection services)
    {
        services.AddHttpClient(GatewayInfoClient.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<IGatewayInfoSource>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new GatewayInfoClient(sp.GetRequiredService<IHttpClientFactory>(), options.ApiBaseUrl, options.Token);
        });
        services.TryAddSingleton(sp => new DiscordGatewayClient(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value,
            sp.GetRequiredService<IGatewayInfoSource>(),
            sp.GetRequiredService<IGatewayTransportFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            // Jitter only spreads heartbeats and retries; it needs no seed outside tests.
            Random.Shared,
            sp.GetRequiredService<ILogger<DiscordGatewayClient>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DiscordGatewayHostedService>());
    }
}
