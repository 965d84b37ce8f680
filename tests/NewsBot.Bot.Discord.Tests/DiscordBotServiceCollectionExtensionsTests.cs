using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Conversation;
using NewsBot.Bot.Discord.Outbound;
using NewsBot.Discord.Hosting;
using NewsBot.Discord.Rest;

namespace NewsBot.Bot.Discord.Tests;

public sealed class DiscordBotServiceCollectionExtensionsTests
{
    [Fact]
    public void The_adapter_is_one_instance_behind_every_port_it_serves()
    {
        using var provider = Build();

        var rest = provider.GetRequiredService<DiscordRest>();

        Assert.Same(rest, provider.GetRequiredService<IChannelMessenger>());
        Assert.Same(rest, provider.GetRequiredService<ICommandRegistrar>());
        Assert.Same(rest, provider.GetRequiredService<DiscordRest>());
    }

    [Fact]
    public void The_kept_rest_client_s_handler_is_never_rotated_and_recycles_its_own_connections()
    {
        using var provider = Build();

        var factoryOptions = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(nameof(DiscordRestClient));
        using var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(DiscordRestClient));

        Assert.Equal(Timeout.InfiniteTimeSpan, factoryOptions.HandlerLifetime);
        Assert.Equal(DiscordBotServiceCollectionExtensions.ConnectionLifetime, Primary(handler).PooledConnectionLifetime);
    }

    private static ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddDiscordClient(options => options.Token = "test-token");
        services.AddDiscordBot();
        return services.BuildServiceProvider();
    }

    private static SocketsHttpHandler Primary(HttpMessageHandler handler)
    {
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        return Assert.IsType<SocketsHttpHandler>(handler);
    }
}
